package dev.olifant.lock;

import dev.olifant.txn.TransactionManager;
import dev.olifant.txn.XactState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Row locks held by running transactions, by tuple version (PostgreSQL keeps them in the
 * tuple's xmax, as a MultiXact when there are several; here a set of lockers per version serves
 * the same purpose without touching the version). An UPDATE or DELETE records its own lock
 * (NO KEY UPDATE or UPDATE) here too, so FOR KEY SHARE can tell a key-preserving update, which it
 * does not conflict with, from one that changes or deletes the key.
 *
 * <p>Entries live until their transaction ends: {@link #release} drops them. Callers decide
 * "check, then add" under the tuple version's monitor, so two lockers of one row are serialised;
 * each map entry is replaced atomically.
 */
public final class RowLocks {
    /** One transaction's lock on a row. */
    public record Holder(long xid, RowLockMode mode, Locker locker) {
    }

    private final Map<Object, List<Holder>> table = new ConcurrentHashMap<>();

    /**
     * A running transaction of another session than {@code locker} holding a lock on
     * {@code tuple} that conflicts with {@code mode}, or 0. A session's own locks never conflict,
     * whichever of its (sub)transactions took them.
     */
    public long conflicting(Object tuple, Locker locker, RowLockMode mode, TransactionManager tm) {
        List<Holder> hs = table.get(tuple);
        if (hs == null) {
            return 0;
        }
        for (Holder h : hs) {
            if (h.locker() != locker && mode.conflictsWith(h.mode()) && tm.state(h.xid()) == XactState.IN_PROGRESS) {
                return h.xid();
            }
        }
        return 0;
    }

    /** Every running holder of a lock on {@code tuple} other than {@code me} (for SKIP LOCKED and NOWAIT). */
    public List<Holder> holders(Object tuple) {
        List<Holder> hs = table.get(tuple);
        return hs == null ? List.of() : hs;
    }

    /** The mode {@code xid} holds on {@code tuple}, or null. */
    public RowLockMode modeOf(Object tuple, long xid) {
        for (Holder h : holders(tuple)) {
            if (h.xid() == xid) {
                return h.mode();
            }
        }
        return null;
    }

    /** The session whose (sub)transaction {@code xid} holds a row lock, or null. */
    Locker ownerOf(long xid) {
        for (List<Holder> hs : table.values()) {
            for (Holder h : hs) {
                if (h.xid() == xid) {
                    return h.locker();
                }
            }
        }
        return null;
    }

    /** Records {@code locker}'s lock (keeping the stronger mode when it already has one). */
    public void add(Object tuple, Locker locker, long xid, RowLockMode mode) {
        boolean[] fresh = {true};
        table.compute(tuple, (k, old) -> {
            List<Holder> next = new ArrayList<>(old == null ? 2 : old.size() + 1);
            if (old != null) {
                for (Holder h : old) {
                    if (h.xid() == xid) {
                        fresh[0] = false;
                        next.add(new Holder(xid, h.mode().max(mode), locker));
                    } else {
                        next.add(h);
                    }
                }
            }
            if (fresh[0]) {
                next.add(new Holder(xid, mode, locker));
            }
            return List.copyOf(next);
        });
        if (fresh[0]) {
            synchronized (locker.lockedRows) {
                locker.lockedRows.add(tuple);
            }
        }
    }

    /**
     * Copies the running FOR KEY SHARE locks of {@code oldVersion} to {@code newVersion}, which a
     * key-preserving update by {@code updater} replaced it with: as PostgreSQL carries them into the
     * new version's MultiXact, a later key change of the new version still conflicts with them.
     */
    public void carryKeyShares(Object oldVersion, Object newVersion, long updater, TransactionManager tm) {
        for (Holder h : holders(oldVersion)) {
            if (h.xid() != updater && h.mode() == RowLockMode.KEY_SHARE && tm.state(h.xid()) == XactState.IN_PROGRESS) {
                add(newVersion, h.locker(), h.xid(), RowLockMode.KEY_SHARE);
            }
        }
    }

    /** Forgets every row lock of {@code locker}'s ending transaction. */
    void release(Locker locker) {
        List<Object> rows;
        synchronized (locker.lockedRows) {
            rows = new ArrayList<>(locker.lockedRows);
            locker.lockedRows.clear();
        }
        for (Object tuple : rows) {
            table.computeIfPresent(tuple, (k, old) -> {
                List<Holder> next = new ArrayList<>(old.size());
                for (Holder h : old) {
                    if (h.locker() != locker) {
                        next.add(h);
                    }
                }
                return next.isEmpty() ? null : List.copyOf(next);
            });
        }
    }

    /** How many rows currently carry locks (for tests). */
    int size() {
        return table.size();
    }
}
