package dev.olifant.exec.dml;

import dev.olifant.catalog.Table;
import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.exec.ExecContext;
import dev.olifant.exec.TableLocks;
import dev.olifant.lock.Locker;
import dev.olifant.lock.RowLockMode;
import dev.olifant.lock.RowLocks;
import dev.olifant.sql.ast.LockWaitPolicy;
import dev.olifant.storage.TupleVersion;
import dev.olifant.txn.TransactionManager;
import dev.olifant.txn.XactState;

/**
 * Row locks (PostgreSQL's heap_lock_tuple): SELECT ... FOR UPDATE / NO KEY UPDATE / SHARE /
 * KEY SHARE, and the KEY SHARE lock foreign-key checks take on a referenced row.
 *
 * <p>A row is locked in the version the caller found. When a running transaction holds a
 * conflicting lock on it — or is updating or deleting it in a way the mode conflicts with (a
 * key-preserving UPDATE holds FOR NO KEY UPDATE, so FOR KEY SHARE passes it) — the locker
 * waits for that transaction to end, fails with 55P03 under NOWAIT, or skips the row under SKIP
 * LOCKED. When a committed transaction replaced or deleted the version, the outcome says so:
 * READ COMMITTED callers follow the update chain and re-check, REPEATABLE READ fails with 40001.
 */
public final class RowLocking {
    private RowLocking() {
    }

    /** What locking a row version came to. */
    public enum Outcome {
        /** The lock is held (or was already). */
        LOCKED,
        /** SKIP LOCKED: someone else holds a conflicting lock. */
        SKIPPED,
        /** This transaction itself replaced or deleted the version. */
        SELF_UPDATED,
        /** A committed transaction replaced the version: follow its update chain. */
        UPDATED,
        /** A committed transaction deleted the row. */
        DELETED
    }

    /**
     * Locks version {@code tid} of {@code table} in {@code mode} for the rest of the transaction.
     */
    public static Outcome lock(ExecContext ctx, Table table, long tid, RowLockMode mode, LockWaitPolicy policy) {
        TupleVersion t = table.storage().heap().fetch(tid);
        if (t == null) {
            return Outcome.DELETED;
        }
        long me = ctx.transaction().writeXid();
        Locker locker = ctx.services().locker();
        RowLocks rows = locker.manager().rows();
        TransactionManager tm = ctx.transactions();
        while (true) {
            long blocker;
            synchronized (t) {
                long xmax = t.xmax();
                blocker = 0;
                if (xmax != 0 && !t.lockOnly()) {
                    if (xmax == me) {
                        return Outcome.SELF_UPDATED;
                    }
                    XactState s = tm.state(xmax);
                    if (s == XactState.COMMITTED) {
                        boolean deleted = t.next() == TupleVersion.NO_NEXT;
                        if (ctx.transaction().isolation().usesTransactionSnapshot()) {
                            throw new PgException(SqlState.SERIALIZATION_FAILURE,
                                    "could not serialize access due to concurrent " + (deleted ? "delete" : "update"));
                        }
                        return deleted ? Outcome.DELETED : Outcome.UPDATED;
                    }
                    if (s == XactState.IN_PROGRESS) {
                        RowLockMode updater = rows.modeOf(t, xmax);
                        if (mode.conflictsWith(updater == null ? RowLockMode.UPDATE : updater)) {
                            blocker = xmax;
                        }
                    }
                }
                if (blocker == 0) {
                    blocker = rows.conflicting(t, me, mode, tm);
                }
                if (blocker == 0) {
                    rows.add(t, locker, me, mode);
                    return Outcome.LOCKED;
                }
            }
            switch (policy) {
                case NOWAIT -> throw new PgException(SqlState.LOCK_NOT_AVAILABLE,
                        "could not obtain lock on row in relation \"" + table.name() + "\"");
                case SKIP_LOCKED -> {
                    return Outcome.SKIPPED;
                }
                case BLOCK -> awaitTransaction(ctx, blocker, table.oid());
            }
        }
    }

    /** Waits for transaction {@code xid} to end as a row-lock wait on a row of {@code relation}. */
    static void awaitTransaction(ExecContext ctx, long xid, long relation) {
        Locker locker = ctx.services().locker();
        if (!locker.manager().awaitTransaction(locker, xid, relation, TableLocks.waits(ctx))) {
            throw new PgException(SqlState.LOCK_NOT_AVAILABLE, "canceling statement due to lock timeout");
        }
    }
}
