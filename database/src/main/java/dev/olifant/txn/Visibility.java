package dev.olifant.txn;

import dev.olifant.storage.TupleVersion;

/**
 * PostgreSQL's HeapTupleSatisfiesMVCC: whether a tuple version exists for a snapshot.
 *
 * <p>A version is visible when its creator committed before the snapshot (or is the current
 * transaction, in an earlier command) and its deleter, if any, had not: it is still running for
 * the snapshot, aborted, or is the current transaction in this or a later command.
 *
 * <p>The creator's outcome is read from the version's hints when a reader already learned it
 * (see {@link TupleVersion#hints()}); a frozen version's creation is visible to every snapshot.
 */
public final class Visibility {
    private Visibility() {
    }

    /**
     * Visibility for {@code txn}'s statement at {@code commandId}: versions written by the
     * transaction itself (its top-level xid or a live subtransaction's) count by command id;
     * those of its rolled-back subtransactions are aborted like any other.
     */
    public static boolean isVisible(TupleVersion t, Snapshot snapshot, Transaction txn, int commandId) {
        TransactionManager manager = txn.manager();
        long xmin = t.xmin();
        if (txn.isCurrent(xmin)) {
            if (t.cmin() >= commandId) {
                return false;
            }
        } else if (!creationSeen(t, xmin, snapshot, manager)) {
            return false;
        }
        long xmax = t.xmax();
        if (xmax == 0 || t.lockOnly()) {
            return true;
        }
        if (txn.isCurrent(xmax)) {
            return t.cmax() >= commandId;
        }
        return snapshot.isRunning(xmax) || manager.isAborted(xmax);
    }

    public static boolean isVisible(TupleVersion t, Snapshot snapshot, long myXid, int commandId,
            TransactionManager manager) {
        long xmin = t.xmin();
        if (xmin == myXid) {
            if (t.cmin() >= commandId) {
                return false;
            }
        } else if (!creationSeen(t, xmin, snapshot, manager)) {
            return false;
        }
        long xmax = t.xmax();
        if (xmax == 0 || t.lockOnly()) {
            return true;
        }
        if (xmax == myXid) {
            return t.cmax() >= commandId;
        }
        return snapshot.isRunning(xmax) || manager.isAborted(xmax);
    }

    /**
     * Whether another transaction's creation of {@code t} is seen by the snapshot, consulting the
     * version's hints first and leaving one when the commit log had to be asked: a creator that
     * the snapshot does not see running has ended, and its outcome is final.
     */
    private static boolean creationSeen(TupleVersion t, long xmin, Snapshot snapshot, TransactionManager manager) {
        byte hints = t.hints();
        if ((hints & TupleVersion.XMIN_FROZEN) != 0) {
            return true;
        }
        if ((hints & TupleVersion.XMIN_ABORTED) != 0 || snapshot.isRunning(xmin)) {
            return false;
        }
        if ((hints & TupleVersion.XMIN_COMMITTED) != 0) {
            return true;
        }
        if (manager.isAborted(xmin)) {
            t.hint(TupleVersion.XMIN_ABORTED);
            return false;
        }
        t.hint(TupleVersion.XMIN_COMMITTED);
        return true;
    }
}
