package dev.olifant.exec.dml;

import dev.olifant.catalog.ConstraintKind;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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
        try (TupleLock tuple = new TupleLock(ctx, table.oid(), tid, mode)) {
            while (true) {
                Step step = mode == RowLockMode.KEY_SHARE ? keyShare(ctx, table, t, rows, locker, me)
                        : otherModes(ctx, t, mode, rows, locker, me);
                if (step.outcome() != null) {
                    return step.outcome();
                }
                long blocker = step.blocker();
                switch (policy) {
                    case NOWAIT -> throw new PgException(SqlState.LOCK_NOT_AVAILABLE,
                            "could not obtain lock on row in relation \"" + table.name() + "\"");
                    case SKIP_LOCKED -> {
                        return Outcome.SKIPPED;
                    }
                    case BLOCK -> {
                        // queue for the row behind earlier waiters, then wait for its holder; a session
                        // upgrading a lock it holds skips the queue, or it would wait for itself
                        if (!TupleLock.holdsRow(rows, t, locker)) {
                            tuple.acquire();
                        }
                        awaitTransaction(ctx, blocker, table.oid());
                    }
                }
            }
        }
    }

    /**
     * FOR UPDATE, FOR NO KEY UPDATE and FOR SHARE: a running updater or locker whose lock
     * conflicts is waited for; a committed update or delete ends the attempt.
     */
    private static Step otherModes(ExecContext ctx, TupleVersion t, RowLockMode mode, RowLocks rows, Locker locker,
            long me) {
        TransactionManager tm = ctx.transactions();
        synchronized (t) {
            long xmax = t.xmax();
            long blocker = 0;
            if (xmax != 0 && !t.lockOnly()) {
                if (ctx.transaction().isCurrent(xmax)) {
                    return new Step(Outcome.SELF_UPDATED, 0);
                }
                XactState s = tm.state(xmax);
                if (s == XactState.COMMITTED) {
                    boolean deleted = t.next() == TupleVersion.NO_NEXT;
                    if (ctx.transaction().isolation().usesTransactionSnapshot()) {
                        throw concurrentUpdate();
                    }
                    if (t.moved()) {
                        throw movedToAnotherPartition();
                    }
                    return new Step(deleted ? Outcome.DELETED : Outcome.UPDATED, 0);
                }
                if (s == XactState.IN_PROGRESS) {
                    RowLockMode updater = rows.modeOf(t, xmax);
                    if (mode.conflictsWith(updater == null ? RowLockMode.UPDATE : updater)) {
                        blocker = xmax;
                    }
                }
            }
            if (blocker == 0) {
                blocker = rows.conflicting(t, locker, mode, tm);
            }
            if (blocker == 0) {
                rows.add(t, locker, me, mode);
                return new Step(Outcome.LOCKED, 0);
            }
            return Step.blockedBy(blocker);
        }
    }

    /** nodeLockRows.c's error for a row a committed transaction updated or deleted, both worded "update". */
    private static PgException concurrentUpdate() {
        return new PgException(SqlState.SERIALIZATION_FAILURE, "could not serialize access due to concurrent update");
    }

    /**
     * READ COMMITTED's error for a row version a committed cross-partition UPDATE deleted
     * ({@link TupleVersion#MOVED}): the row exists, but in a partition the statement cannot follow
     * it to (heapam_tuple_lock's check; UPDATE, DELETE, MERGE, SELECT FOR ... and foreign-key checks
     * all reach it).
     */
    static PgException movedToAnotherPartition() {
        return new PgException(SqlState.SERIALIZATION_FAILURE,
                "tuple to be locked was already moved to another partition due to concurrent update");
    }

    /** What one look at a row came to: an outcome, or the transaction to wait for. */
    private record Step(Outcome outcome, long blocker) {
        static Step blockedBy(long xid) {
            return new Step(null, xid);
        }
    }

    /**
     * FOR KEY SHARE (heap_lock_tuple with heap_lock_updated_tuple): it does not conflict with
     * updates that keep the key, so it walks the row's update chain from the version found,
     * through committed and running key-preserving updates, and locks every version on it. A
     * running delete or key update on the way is waited for; a committed one ends the walk as
     * for the other modes (READ COMMITTED re-checks the newest version, REPEATABLE READ fails).
     */
    private static Step keyShare(ExecContext ctx, Table table, TupleVersion t, RowLocks rows, Locker locker,
            long me) {
        TransactionManager tm = ctx.transactions();
        List<TupleVersion> chain = new ArrayList<>();
        TupleVersion v = t;
        while (v != null) {
            chain.add(v);
            TupleVersion.Deleter d = v.deleter();
            long xmax = d.xmax();
            long next = d.next();
            boolean lockOnly = d.lockOnly();
            long holder = rows.conflicting(v, locker, RowLockMode.KEY_SHARE, tm);
            if (holder != 0) {
                return Step.blockedBy(holder);
            }
            if (xmax == 0 || lockOnly) {
                break;
            }
            if (ctx.transaction().isCurrent(xmax)) {
                if (v == t) {
                    return new Step(Outcome.SELF_UPDATED, 0);
                }
                break;
            }
            XactState s = tm.state(xmax);
            if (s == XactState.ABORTED) {
                break;
            }
            TupleVersion newer = next == TupleVersion.NO_NEXT ? null : table.storage().heap().fetch(next);
            if (s == XactState.IN_PROGRESS) {
                RowLockMode updater = rows.modeOf(v, xmax);
                if (updater == null || RowLockMode.KEY_SHARE.conflictsWith(updater)) {
                    return Step.blockedBy(xmax);
                }
            } else if (newer == null || !sameKeys(table, v, newer)) {
                boolean deleted = newer == null;
                if (ctx.transaction().isolation().usesTransactionSnapshot()) {
                    throw concurrentUpdate();
                }
                if (next == TupleVersion.MOVED) {
                    throw movedToAnotherPartition();
                }
                return new Step(deleted && v == t ? Outcome.DELETED : Outcome.UPDATED, 0);
            }
            v = newer;
        }
        for (TupleVersion c : chain) {
            rows.add(c, locker, me, RowLockMode.KEY_SHARE);
        }
        return new Step(Outcome.LOCKED, 0);
    }

    /**
     * Whether {@code newer} has the same values as {@code older} in every column of the table's
     * primary key and unique constraints (PostgreSQL's HEAP_KEYS_UPDATED not set).
     */
    private static boolean sameKeys(Table table, TupleVersion older, TupleVersion newer) {
        for (var c : table.constraints()) {
            if (c.kind() == ConstraintKind.PRIMARY_KEY || c.kind() == ConstraintKind.UNIQUE) {
                for (int attnum : c.columns()) {
                    if (!Objects.deepEquals(older.values()[attnum - 1], newer.values()[attnum - 1])) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** Waits for transaction {@code xid} to end as a row-lock wait on a row of {@code relation}. */
    static void awaitTransaction(ExecContext ctx, long xid, long relation) {
        Locker locker = ctx.services().locker();
        if (!locker.manager().awaitTransaction(locker, xid, relation, TableLocks.waits(ctx))) {
            throw new PgException(SqlState.LOCK_NOT_AVAILABLE, "canceling statement due to lock timeout");
        }
    }
}
