package dev.olifant.txn;

import java.util.ArrayList;
import java.util.List;

/**
 * One transaction of one session. It takes an xid only when it first writes; until then it is
 * read-only as far as other sessions can tell.
 *
 * <p>Commands within a transaction are numbered ({@code commandId}) so that a statement does not
 * see its own changes while it runs, but the next statement does, as PostgreSQL's cid.
 * Registered end actions run exactly once, after the outcome is recorded in the commit log
 * ({@link #onCommit}) or when rolling back ({@link #onAbort}, in reverse order).
 */
public final class Transaction {
    private final TransactionManager manager;
    private final IsolationLevel isolation;
    private final boolean readOnly;
    private long xid;
    private int commandId;
    private Snapshot transactionSnapshot;
    private final List<Runnable> commitActions = new ArrayList<>();
    private final List<Runnable> abortActions = new ArrayList<>();
    private boolean ended;
    /** Redo records for the WAL, appended at commit; see {@link #logCommit()}. */
    private final dev.olifant.wal.RedoBuffer redo = new dev.olifant.wal.RedoBuffer();
    private dev.olifant.wal.SyncCommit syncCommit;
    private long commitLsn;

    public Transaction(TransactionManager manager, IsolationLevel isolation, boolean readOnly) {
        this.manager = manager;
        this.isolation = isolation;
        this.readOnly = readOnly;
    }

    public IsolationLevel isolation() {
        return isolation;
    }

    public boolean readOnly() {
        return readOnly;
    }

    /** The xid, or 0 when the transaction has not written anything. */
    public long xid() {
        return xid;
    }

    /** The xid, assigned now if this is the transaction's first write. */
    public long writeXid() {
        if (xid == 0) {
            xid = manager.assign();
        }
        return xid;
    }

    public int commandId() {
        return commandId;
    }

    /** Makes this command's changes visible to the following commands. */
    public void nextCommand() {
        commandId++;
    }

    /**
     * The snapshot for a new statement: the transaction's one snapshot under REPEATABLE READ and
     * SERIALIZABLE, a fresh one under READ COMMITTED.
     */
    public Snapshot statementSnapshot() {
        if (isolation.usesTransactionSnapshot()) {
            if (transactionSnapshot == null) {
                transactionSnapshot = manager.snapshot();
            }
            return transactionSnapshot;
        }
        return manager.snapshot();
    }

    public boolean hasTransactionSnapshot() {
        return transactionSnapshot != null;
    }

    public void onCommit(Runnable action) {
        commitActions.add(action);
    }

    public void onAbort(Runnable action) {
        abortActions.add(action);
    }

    public TransactionManager manager() {
        return manager;
    }

    public dev.olifant.wal.RedoBuffer redo() {
        return redo;
    }

    /** synchronous_commit for this transaction's commit; null for the server default. */
    public void setSynchronousCommit(dev.olifant.wal.SyncCommit mode) {
        this.syncCommit = mode;
    }

    /**
     * Appends the commit batch to the WAL and waits until it is durable, before anyone can see the
     * transaction as committed. Runs at most once; {@link #commit()} calls it when the caller did not.
     */
    public void logCommit() {
        dev.olifant.wal.CommitLog log = manager.commitLog();
        if (commitLsn == 0 && xid != 0 && log != null && !redo.isEmpty() && !ended) {
            commitLsn = log.commit(xid, redo, syncCommit);
        }
    }

    public void commit() {
        if (ended) {
            return;
        }
        logCommit();
        ended = true;
        try {
            if (xid != 0) {
                manager.end(xid, true);
            }
            for (Runnable r : commitActions) {
                r.run();
            }
        } finally {
            if (commitLsn != 0) {
                manager.commitLog().commitDone(commitLsn);
            }
        }
    }

    public void rollback() {
        if (ended) {
            return;
        }
        ended = true;
        for (int i = abortActions.size() - 1; i >= 0; i--) {
            abortActions.get(i).run();
        }
        if (xid != 0) {
            manager.end(xid, false);
        }
    }

    public boolean ended() {
        return ended;
    }
}
