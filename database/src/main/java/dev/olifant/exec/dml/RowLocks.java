package dev.olifant.exec.dml;

import dev.olifant.exec.ExecContext;
import dev.olifant.storage.TupleVersion;
import dev.olifant.txn.TransactionManager;
import dev.olifant.txn.XactState;

/**
 * What foreign key checks ask of tuple versions: whether a version is live in the latest state
 * (committed, or written by this transaction, and not deleted by either), waiting for a running
 * writer to end first, and locking a referenced row so that it cannot be deleted or have its key
 * changed until this transaction ends.
 *
 * <p>The lock is the row lock {@link TupleVersion#markLocked} records today, which conflicts with
 * every other locker and writer of the row (PostgreSQL's FOR UPDATE); PostgreSQL takes FOR KEY
 * SHARE here, which lets concurrent referencing inserts and non-key updates through. Only
 * {@link #lockReferenced} needs to change when that lock mode exists.
 */
final class RowLocks {
    private RowLocks() {
    }

    /** The outcome of looking at one version in the latest state. */
    enum State { LIVE, DEAD }

    /** Whether {@code t} is live now, waiting for a transaction that is still writing it. */
    static State current(ExecContext ctx, TupleVersion t) {
        TransactionManager tm = ctx.transactions();
        long me = ctx.transaction().xid();
        while (true) {
            long wait = 0;
            long xmin = t.xmin();
            if (xmin != me) {
                XactState s = tm.state(xmin);
                if (s == XactState.ABORTED) {
                    return State.DEAD;
                }
                if (s == XactState.IN_PROGRESS) {
                    wait = xmin;
                }
            }
            if (wait == 0) {
                long xmax = t.xmax();
                if (xmax == 0 || t.lockOnly()) {
                    return State.LIVE;
                }
                if (xmax == me) {
                    return State.DEAD;
                }
                XactState s = tm.state(xmax);
                if (s == XactState.COMMITTED) {
                    return State.DEAD;
                }
                if (s == XactState.ABORTED) {
                    return State.LIVE;
                }
                wait = xmax;
            }
            await(ctx, wait);
        }
    }

    /**
     * Locks a live referenced version for this transaction. Returns false when a concurrent
     * transaction deleted or updated it first (the caller looks for the key again).
     */
    static boolean lockReferenced(ExecContext ctx, TupleVersion t) {
        long me = ctx.transaction().writeXid();
        TransactionManager tm = ctx.transactions();
        while (true) {
            long holder;
            synchronized (t) {
                long xmax = t.xmax();
                if (xmax == me) {
                    return t.lockOnly();
                }
                XactState s = xmax == 0 ? XactState.ABORTED : tm.state(xmax);
                if (s == XactState.ABORTED || t.lockOnly() && s == XactState.COMMITTED) {
                    t.markLocked(me);
                    return true;
                }
                if (s == XactState.COMMITTED) {
                    return false;
                }
                holder = xmax;
            }
            await(ctx, holder);
        }
    }

    static void await(ExecContext ctx, long xid) {
        long timeout = ctx.services().lockTimeoutMillis();
        if (!ctx.transactions().awaitEnd(xid, timeout, ctx::checkInterrupts, ctx.transaction().xid(),
                ctx.services().processId(), ctx.services().deadlockTimeoutMillis())) {
            throw new dev.olifant.error.PgException(dev.olifant.error.SqlState.LOCK_NOT_AVAILABLE,
                    "canceling statement due to lock timeout");
        }
    }
}
