package dev.olifant.txn;

import dev.olifant.txn.ssi.SerializableXact;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One transaction of one session. It takes an xid only when it first writes; until then it is
 * read-only as far as other sessions can tell.
 *
 * <p>Commands within a transaction are numbered ({@code commandId}) so that a statement does not
 * see its own changes while it runs, but the next statement does, as PostgreSQL's cid.
 * Registered end actions run exactly once, after the outcome is recorded in the commit log
 * ({@link #onCommit}) or when rolling back ({@link #onAbort}, in reverse order).
 *
 * <p>Savepoints open nested subtransactions ({@link #beginSubtransaction}). A subtransaction
 * takes its own xid when it first writes (after its parents' xids, so a child's xid is always
 * greater than its parent's); the versions and row locks it writes carry that xid, so rolling
 * it back ({@link #rollbackSubtransaction}) only has to mark its xids aborted. Releasing one
 * merges its xids into the parent: they stay "current" for this transaction and running for
 * everyone else until the top transaction ends. See README.md beside this class.
 */
public final class Transaction {
    private final TransactionManager manager;
    private IsolationLevel isolation;
    private boolean readOnly;
    private boolean deferrable;
    private boolean snapshotTaken;
    private long xid;
    private int commandId;
    private Snapshot transactionSnapshot;
    private final List<Runnable> commitActions = new ArrayList<>();
    private final List<Runnable> abortActions = new ArrayList<>();
    private boolean ended;
    /** Open subtransactions, innermost last; empty without savepoints. */
    private final List<Subxact> subxacts = new ArrayList<>();
    /** Xids of live subtransactions (open or released), which this transaction treats as its own. */
    private Set<Long> liveSubxids;
    private List<SubtransactionListener> listeners;
    /** The serializable (SSI) state, for SERIALIZABLE transactions once they take a snapshot. */
    private SerializableXact serializable;

    /** One open subtransaction: its xid (0 until it writes) and the xids released into it. */
    private static final class Subxact {
        long xid;
        final List<Long> xids = new ArrayList<>();
        final int commitMark;
        final int abortMark;
        /** Where its redo records start: they are forgotten when it rolls back. */
        final int redoMark;
        boolean aborted;

        Subxact(int commitMark, int abortMark, int redoMark) {
            this.commitMark = commitMark;
            this.abortMark = abortMark;
            this.redoMark = redoMark;
        }
    }
    /** Redo records for the WAL, appended at commit; see {@link #logCommit()}. */
    private final dev.olifant.wal.RedoBuffer redo = new dev.olifant.wal.RedoBuffer();
    private dev.olifant.wal.SyncCommit syncCommit;
    private long commitLsn;
    /** Whether the pre-commit checks (SSI) ran; they run once, before the commit is logged. */
    private boolean prepared;

    public Transaction(TransactionManager manager, IsolationLevel isolation, boolean readOnly) {
        this(manager, isolation, readOnly, false);
    }

    public Transaction(TransactionManager manager, IsolationLevel isolation, boolean readOnly, boolean deferrable) {
        this.manager = manager;
        this.isolation = isolation;
        this.readOnly = readOnly;
        this.deferrable = deferrable;
        manager.horizon().register(this);
    }

    /** The declared isolation level (READ UNCOMMITTED behaves as READ COMMITTED, as in PostgreSQL). */
    public IsolationLevel isolation() {
        return isolation;
    }

    public boolean readOnly() {
        return readOnly;
    }

    /**
     * SET TRANSACTION READ ONLY / READ WRITE. The caller enforces PostgreSQL's rules (read-write
     * only before the first snapshot, never inside a subtransaction of a read-only transaction).
     */
    public void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
    }

    /**
     * SET TRANSACTION ISOLATION LEVEL / [NOT] DEFERRABLE: only before the first snapshot, which
     * the caller checks (PostgreSQL's 25001 errors).
     */
    public void setModes(IsolationLevel isolation, boolean deferrable) {
        if (snapshotTaken) {
            throw new IllegalStateException("transaction modes are fixed once a snapshot was taken");
        }
        this.isolation = isolation;
        this.deferrable = deferrable;
    }

    /** True once a statement took a snapshot (PostgreSQL's FirstSnapshotSet): the modes are then fixed. */
    public boolean snapshotTaken() {
        return snapshotTaken;
    }

    public boolean deferrable() {
        return deferrable;
    }

    /** The top-level xid, or 0 when the transaction has not written anything. */
    public long xid() {
        return xid;
    }

    /**
     * The xid new writes carry, assigned now if needed: the innermost subtransaction's, or the
     * top-level one without savepoints. Parents get theirs first.
     */
    public long writeXid() {
        if (xid == 0) {
            xid = manager.assign();
            if (serializable != null) {
                serializable.xidAssigned(xid);
            }
        }
        if (subxacts.isEmpty()) {
            return xid;
        }
        long current = xid;
        for (Subxact s : subxacts) {
            if (s.xid == 0) {
                s.xid = manager.assignSubtransaction(xid);
                s.xids.add(s.xid);
                if (liveSubxids == null) {
                    liveSubxids = new HashSet<>();
                }
                liveSubxids.add(s.xid);
                if (serializable != null) {
                    serializable.xidAssigned(s.xid);
                }
            }
            current = s.xid;
        }
        return current;
    }

    /**
     * True when {@code xid} is this transaction's own: the top-level xid or a live (not rolled
     * back) subtransaction's. Versions with such an xmin are seen by later commands.
     */
    public boolean isCurrent(long someXid) {
        if (someXid == 0) {
            return false;
        }
        if (someXid == xid) {
            return true;
        }
        return liveSubxids != null && liveSubxids.contains(someXid);
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
        return statementSnapshot(() -> {
        });
    }

    /**
     * As {@link #statementSnapshot()}; {@code interrupts} is polled while a SERIALIZABLE READ ONLY
     * DEFERRABLE transaction waits for a safe snapshot.
     */
    public Snapshot statementSnapshot(Runnable interrupts) {
        snapshotTaken = true;
        if (isolation.usesTransactionSnapshot()) {
            if (transactionSnapshot == null) {
                if (isolation == IsolationLevel.SERIALIZABLE) {
                    serializable = manager.serializable().register(this, interrupts);
                    transactionSnapshot = serializable.snapshot();
                } else {
                    transactionSnapshot = manager.snapshot();
                }
            }
            return transactionSnapshot;
        }
        return manager.snapshot();
    }

    public boolean hasTransactionSnapshot() {
        return transactionSnapshot != null;
    }

    /**
     * The SSI state that reads and writes must report to, or null when there is none to report:
     * not SERIALIZABLE, no snapshot yet, or a read-only transaction proven safe.
     */
    public SerializableXact serializable() {
        SerializableXact s = serializable;
        return s == null || s.isSafe() ? null : s;
    }

    public void onCommit(Runnable action) {
        commitActions.add(action);
    }

    public void onAbort(Runnable action) {
        abortActions.add(action);
    }

    public void addSubtransactionListener(SubtransactionListener listener) {
        if (listeners == null) {
            listeners = new ArrayList<>();
        }
        listeners.add(listener);
    }

    public TransactionManager manager() {
        return manager;
    }

    // ---- subtransactions ----------------------------------------------------------------------

    /** Opens a subtransaction (SAVEPOINT); returns its depth (1 for the first). */
    public int beginSubtransaction() {
        subxacts.add(new Subxact(commitActions.size(), abortActions.size(), redo.mark()));
        int depth = subxacts.size();
        if (listeners != null) {
            for (SubtransactionListener l : listeners) {
                l.started(depth);
            }
        }
        return depth;
    }

    /** Number of open subtransactions. */
    public int subtransactionDepth() {
        return subxacts.size();
    }

    /** Merges the innermost subtransaction into its parent (RELEASE SAVEPOINT). */
    public void releaseSubtransaction() {
        int depth = subxacts.size();
        Subxact s = subxacts.remove(depth - 1);
        if (!subxacts.isEmpty()) {
            subxacts.get(subxacts.size() - 1).xids.addAll(s.xids);
        }
        if (listeners != null) {
            for (SubtransactionListener l : listeners) {
                l.released(depth);
            }
        }
    }

    /**
     * Aborts the innermost subtransaction but keeps it open (an error inside it): its xids become
     * aborted, its row locks are released, the abort actions registered since it began run and
     * the commit actions registered since are dropped. Idempotent.
     */
    public void abortSubtransaction() {
        int depth = subxacts.size();
        Subxact s = subxacts.get(depth - 1);
        if (s.aborted) {
            return;
        }
        s.aborted = true;
        for (int i = abortActions.size() - 1; i >= s.abortMark; i--) {
            abortActions.remove(i).run();
        }
        while (commitActions.size() > s.commitMark) {
            commitActions.remove(commitActions.size() - 1);
        }
        redo.truncate(s.redoMark);
        long[] ids = s.xids.stream().mapToLong(Long::longValue).toArray();
        if (ids.length > 0) {
            for (long id : ids) {
                liveSubxids.remove(id);
            }
            manager.abortSubtransactions(ids);
        }
        if (listeners != null) {
            for (SubtransactionListener l : listeners) {
                l.aborted(depth, ids);
            }
        }
    }

    /** Rolls back and closes the innermost subtransaction (ROLLBACK TO SAVEPOINT unwinding it). */
    public void rollbackSubtransaction() {
        abortSubtransaction();
        subxacts.remove(subxacts.size() - 1);
    }

    // ---- end ----------------------------------------------------------------------------------

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
     * The pre-commit checks come first, so a commit refused by a serialization failure logs nothing.
     */
    public void logCommit() {
        prepareCommit();
        dev.olifant.wal.CommitLog log = manager.commitLog();
        if (commitLsn == 0 && xid != 0 && log != null && !redo.isEmpty() && !ended) {
            commitLsn = log.commit(xid, redo, syncCommit);
        }
    }

    /** SERIALIZABLE's pre-commit check (PreCommit_CheckForSerializationFailure); runs once. */
    private void prepareCommit() {
        if (!prepared && !ended) {
            prepared = true;
            if (serializable != null) {
                serializable.preCommit();
            }
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
                manager.end(xid, liveSubxidArray(), true);
            }
            if (serializable != null) {
                serializable.afterCommit();
            }
            for (Runnable r : commitActions) {
                r.run();
            }
        } finally {
            try {
                if (commitLsn != 0) {
                    manager.commitLog().commitDone(commitLsn);
                }
            } finally {
                manager.horizon().release(this);
            }
        }
    }

    public void rollback() {
        if (ended) {
            return;
        }
        ended = true;
        try {
            for (int i = abortActions.size() - 1; i >= 0; i--) {
                abortActions.get(i).run();
            }
            if (xid != 0) {
                manager.end(xid, liveSubxidArray(), false);
            }
        } finally {
            manager.horizon().release(this);
        }
        if (serializable != null) {
            serializable.aborted();
        }
    }

    private long[] liveSubxidArray() {
        if (liveSubxids == null || liveSubxids.isEmpty()) {
            return new long[0];
        }
        return liveSubxids.stream().mapToLong(Long::longValue).toArray();
    }

    public boolean ended() {
        return ended;
    }
}
