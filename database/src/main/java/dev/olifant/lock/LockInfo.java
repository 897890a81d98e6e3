package dev.olifant.lock;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One row of pg_locks: a lock held ({@code granted}) or awaited.
 *
 * @param lockType      {@code relation}, {@code transactionid} or {@code virtualxid}
 * @param relation      the relation's OID for relation locks, else 0
 * @param transactionId the xid for transactionid locks, else 0
 * @param virtualXid    the virtual xid for virtualxid locks, else null
 */
public record LockInfo(String lockType, long database, long relation, String virtualXid, long transactionId,
        String virtualTransaction, int pid, String mode, boolean granted, Instant waitStart) {

    /** Collects the rows; the manager's lock is held. */
    static List<LockInfo> collect(LockManager m) {
        List<LockInfo> out = new ArrayList<>();
        for (Locker l : m.lockers()) {
            String vxid = l.virtualTransaction();
            long xid = l.xid();
            if (!l.held.isEmpty() || xid != 0 || l.waiting()) {
                out.add(new LockInfo("virtualxid", 0, 0, vxid, 0, vxid, l.pid(), "ExclusiveLock", true, null));
            }
            if (xid != 0) {
                out.add(new LockInfo("transactionid", 0, 0, null, xid, vxid, l.pid(), "ExclusiveLock", true, null));
            }
            for (Map.Entry<LockTag, Integer> e : l.held.entrySet()) {
                for (LockMode mode : LockMode.values()) {
                    if ((e.getValue() & mode.bit()) != 0) {
                        out.add(new LockInfo("relation", e.getKey().database(), e.getKey().relation(), null, 0, vxid,
                                l.pid(), mode.displayName(), true, null));
                    }
                }
            }
            LockManager.Request r = l.waitingLock;
            if (r != null && !r.granted) {
                out.add(new LockInfo("relation", r.tag.database(), r.tag.relation(), null, 0, vxid, l.pid(),
                        r.mode.displayName(), false, l.waitStart));
            }
            long waitXid = l.waitingXid;
            if (waitXid != 0) {
                out.add(new LockInfo("transactionid", 0, 0, null, waitXid, vxid, l.pid(), "ShareLock", false,
                        l.waitStart));
            }
        }
        return out;
    }
}
