package dev.olifant.exec.dml;

import dev.olifant.catalog.Table;
import dev.olifant.exec.ExecContext;
import dev.olifant.storage.TupleVersion;
import dev.olifant.txn.Transaction;
import dev.olifant.txn.TransactionManager;
import dev.olifant.txn.Visibility;
import dev.olifant.txn.XactState;

/**
 * What foreign key enforcement asks of tuple versions: whether a version is live in the latest
 * state (committed, or written by this transaction, and not deleted by either), as the queries of
 * PostgreSQL's RI triggers see rows through a fresh snapshot.
 *
 * <p>{@link #current} waits for a running writer of the version to end; the wait is a row-lock
 * wait of the lock manager, so pg_locks shows it and the deadlock detector sees it.
 * {@link #lockCandidate} does not wait: it tells whether the version is worth locking FOR KEY
 * SHARE, and {@link RowLocking} then decides whether a running updater or deleter must be waited
 * for (a key-preserving update need not be).
 */
final class LatestState {
    private LatestState() {
    }

    /** The outcome of looking at one version in the latest state. */
    enum State { LIVE, DEAD }

    /** Whether {@code t}, a version of {@code table}, is live now, waiting for a transaction that is still writing it. */
    static State current(ExecContext ctx, Table table, TupleVersion t) {
        TransactionManager tm = ctx.transactions();
        Transaction me = ctx.transaction();
        while (true) {
            long wait = 0;
            long xmin = t.xmin();
            if (!me.isCurrent(xmin)) {
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
                if (me.isCurrent(xmax)) {
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
            RowLocking.awaitTransaction(ctx, wait, table.oid());
        }
    }

    /**
     * Whether {@code t} is a row a fresh snapshot sees or one a running transaction is deleting
     * or updating: a version another running transaction inserted is not seen (PostgreSQL's RI
     * check finds no key there and does not wait), one this transaction or a committed one
     * deleted is gone. With {@code transactionSnapshot}, a REPEATABLE READ transaction judges
     * other transactions' rows by its snapshot instead (ri_PerformCheck uses the transaction
     * snapshot except where it must detect new rows: the check of referencing rows uses the
     * latest state).
     */
    static boolean lockCandidate(ExecContext ctx, TupleVersion t, boolean transactionSnapshot) {
        TransactionManager tm = ctx.transactions();
        Transaction me = ctx.transaction();
        long xmin = t.xmin();
        if (!me.isCurrent(xmin) && (t.hints() & (TupleVersion.XMIN_FROZEN | TupleVersion.XMIN_COMMITTED)) == 0
                && tm.state(xmin) != XactState.COMMITTED) {
            return false;
        }
        TupleVersion.Deleter d = t.deleter();
        long xmax = d.xmax();
        boolean lockOnly = d.lockOnly();
        if (transactionSnapshot && me.isolation().usesTransactionSnapshot() && !me.isCurrent(xmin)) {
            // REPEATABLE READ checks with the transaction's snapshot: a row committed after it is
            // not seen; one it sees that was deleted or updated since is locked, which fails with 40001
            return Visibility.isVisible(t, ctx.snapshot(), me, ctx.commandId()) && !me.isCurrent(xmax);
        }
        if (xmax == 0 || lockOnly) {
            return true;
        }
        if (me.isCurrent(xmax)) {
            return false;
        }
        return tm.state(xmax) != XactState.COMMITTED;
    }
}
