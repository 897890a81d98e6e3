package dev.olifant.lock;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One row of pg_locks: a lock held ({@code granted}) or awaited.
 *
 * @param lockType      {@code relation}, {@code advisory}, {@code transactionid}, {@code spectoken} or {@code virtualxid}
 * @param database      the database OID of relation and advisory locks, else 0
 * @param relation      the relation's OID for relation locks, else 0
 * @param transactionId the xid for transactionid locks, else 0
 * @param virtualXid    the virtual xid for virtualxid locks, else null
 * @param classid       an advisory lock's first key half, else 0
 * @param objid         an advisory lock's second key half, a speculative insertion's token, else 0
 * @param objsubid      1 for a bigint advisory key, 2 for two integer keys, else 0
 * @param fastPath      true for a weak relation lock held on the fast path
 */
public record LockInfo(String lockType, long database, long relation, String virtualXid, long transactionId,
        long classid, long objid, int objsubid, String virtualTransaction, int pid, String mode, boolean granted,
        boolean fastPath, Instant waitStart) {

    /** Collects the rows; the manager's lock is held. */
    static List<LockInfo> collect(LockManager m) {
        List<LockInfo> out = new ArrayList<>();
        for (Locker l : m.lockers()) {
            String vxid = l.virtualTransaction();
            long xid = l.xid();
            List<LockInfo> fast = new ArrayList<>();
            synchronized (l.fastPath) {
                l.fastPath.forEach((tag, modes) -> {
                    for (LockMode mode : LockMode.values()) {
                        if ((modes & mode.bit()) != 0) {
                            fast.add(of(tag, vxid, l.pid(), mode, true, true, null));
                        }
                    }
                });
            }
            if (!l.held.isEmpty() || !fast.isEmpty() || xid != 0 || l.waiting()) {
                out.add(new LockInfo("virtualxid", 0, 0, vxid, 0, 0, 0, 0, vxid, l.pid(), "ExclusiveLock", true, false, null));
            }
            if (xid != 0) {
                out.add(new LockInfo("transactionid", 0, 0, null, xid, 0, 0, 0, vxid, l.pid(), "ExclusiveLock", true,
                        false, null));
            }
            long token = l.speculativeToken;
            if (xid != 0 && token != 0) {
                out.add(new LockInfo("spectoken", 0, 0, null, xid, 0, token, 0, vxid, l.pid(), "ExclusiveLock", true,
                        false, null));
            }
            for (Map.Entry<LockTag, Integer> e : l.held.entrySet()) {
                for (LockMode mode : LockMode.values()) {
                    if ((e.getValue() & mode.bit()) != 0) {
                        out.add(of(e.getKey(), vxid, l.pid(), mode, true, false, null));
                    }
                }
            }
            out.addAll(fast);
            LockManager.Request r = l.waitingLock;
            if (r != null && !r.granted) {
                out.add(of(r.tag, vxid, l.pid(), r.mode, false, false, l.waitStart));
            }
            long specXid = l.waitingSpecXid;
            if (specXid != 0) {
                Locker owner = m.ownerOf(specXid);
                long awaited = owner == null ? 0 : owner.speculativeToken;
                out.add(new LockInfo("spectoken", 0, 0, null, specXid, 0, awaited, 0, vxid, l.pid(), "ShareLock", false,
                        false, l.waitStart));
            }
            long waitXid = l.waitingXid;
            if (waitXid != 0) {
                out.add(new LockInfo("transactionid", 0, 0, null, waitXid, 0, 0, 0, vxid, l.pid(), "ShareLock", false,
                        false, l.waitStart));
            }
        }
        return out;
    }

    private static LockInfo of(LockTag tag, String vxid, int pid, LockMode mode, boolean granted, boolean fastPath,
            Instant since) {
        return switch (tag) {
            case LockTag.Relation r -> new LockInfo("relation", r.database(), r.relation(), null, 0, 0, 0, 0, vxid, pid,
                    mode.displayName(), granted, fastPath, since);
            case LockTag.Tuple t -> new LockInfo("tuple", t.database(), t.relation(), null, 0, 0, 0, 0, vxid, pid,
                    mode.displayName(), granted, fastPath, since);
            case LockTag.Advisory a -> new LockInfo("advisory", a.database(), 0, null, 0, a.classid(), a.objid(),
                    a.objsubid(), vxid, pid, mode.displayName(), granted, fastPath, since);
        };
    }
}
