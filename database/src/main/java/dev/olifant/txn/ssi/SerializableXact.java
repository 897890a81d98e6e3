package dev.olifant.txn.ssi;

import dev.olifant.storage.IndexKeyOrder;
import dev.olifant.storage.TupleVersion;
import dev.olifant.txn.Snapshot;
import dev.olifant.txn.Transaction;
import java.util.HashSet;
import java.util.Set;

/**
 * One SERIALIZABLE transaction's SSI state (PostgreSQL's SERIALIZABLEXACT): its snapshot's place
 * in the commit order, its rw-conflicts in and out, its SIREAD locks and its flags. It outlives
 * the transaction after a commit, for as long as a concurrent serializable transaction is still
 * running (see {@link SerializableManager#cleanUp}).
 *
 * <p>The public methods are the executor's hooks: scans report what they read, writers what they
 * write. All of them delegate to the manager, whose monitor guards every field here.
 */
public final class SerializableXact {
    final SerializableManager manager;
    final Transaction transaction;
    final long id;
    /** The last commit sequence number when the snapshot was taken (PostgreSQL's lastCommitBeforeSnapshot). */
    long lastCommitBeforeSnapshot;
    Snapshot snapshot;
    boolean readOnly;
    boolean didWrite;
    /** Sequence numbers; 0 while not prepared / committed. */
    long prepareSeq;
    long commitSeq;
    boolean doomed;
    boolean rolledBack;
    /** Set at commit: a conflict out to a transaction that committed first, the earliest of which is recorded. */
    boolean conflictOut;
    /** A conflict out to a transaction since cleaned up (PostgreSQL's summarized conflict out). */
    boolean summaryConflictOut;
    long earliestOutConflictCommit = Long.MAX_VALUE;
    /** rw-conflicts: readers that read what this transaction wrote (them →rw this). */
    final Set<SerializableXact> inConflicts = new HashSet<>();
    /** rw-conflicts: writers of what this transaction read (this →rw them). */
    final Set<SerializableXact> outConflicts = new HashSet<>();
    /** Read-only: the concurrent read-write transactions that could still make its snapshot unsafe. */
    Set<SerializableXact> possibleUnsafe;
    /** Read-write: the read-only transactions whose snapshots wait on this one. */
    Set<SerializableXact> unsafeFor;
    volatile boolean safe;
    boolean unsafe;
    final Set<Long> xids = new HashSet<>();
    final PredicateLockTable.Held held = new PredicateLockTable.Held();

    SerializableXact(SerializableManager manager, Transaction transaction, long id) {
        this.manager = manager;
        this.transaction = transaction;
        this.id = id;
        this.readOnly = transaction.readOnly();
    }

    public Snapshot snapshot() {
        return snapshot;
    }

    /**
     * True once a read-only transaction is known to be safe: no concurrent read-write transaction
     * can make it part of an anomaly, so it stops taking SIREAD locks (PostgreSQL's RO_SAFE).
     */
    public boolean isSafe() {
        return safe;
    }

    boolean committed() {
        return commitSeq != 0;
    }

    boolean prepared() {
        return prepareSeq != 0;
    }

    /** The top-level xid, or 0 when the transaction never wrote. */
    long topXid() {
        return transaction.xid();
    }

    // ---- hooks for the executor ---------------------------------------------------------------

    /** A sequential scan of {@code heap}: a SIREAD lock on the whole relation. */
    public void readRelation(Object heap) {
        manager.lockRelation(this, heap);
    }

    /** A tuple version read through an index. */
    public void readTuple(Object heap, long tid) {
        manager.lockTuple(this, heap, tid);
    }

    /** An index scan over a key range (bounds are key prefixes; null is open). */
    public void readRange(Object heap, Object index, IndexKeyOrder order, Object[] low, boolean lowInclusive,
            Object[] high, boolean highInclusive) {
        manager.lockRange(this, heap, index, order, low, lowInclusive, high, highInclusive);
    }

    /**
     * A scan examined {@code t}: when a concurrent transaction wrote it (created it invisibly, or
     * deleted the visible version), this transaction read before that write (rw-conflict out).
     */
    public void checkRead(TupleVersion t, boolean visible) {
        long writer;
        if (visible) {
            writer = t.xmax();
            if (writer == 0 || t.lockOnly()) {
                return;
            }
        } else {
            writer = t.xmin();
            if (!snapshot.isRunning(writer)) {
                return; // created before the snapshot: invisible because deleted before it
            }
        }
        if (transaction.isCurrent(writer) || transaction.manager().isAborted(writer)) {
            return;
        }
        manager.conflictOut(this, writer);
    }

    /** Before writing: an UPDATE or DELETE of ({@code heap}, {@code tid}), or an INSERT when tid is -1. */
    public void checkWrite(Object heap, long tid) {
        manager.conflictIn(this, heap, tid, null, null);
    }

    /** Before inserting an index entry with {@code key}. */
    public void checkIndexInsert(Object index, Object[] key) {
        manager.conflictIn(this, null, -1, index, key);
    }

    @Override
    public String toString() {
        return "sxact " + id + (transaction.xid() != 0 ? " (xid " + transaction.xid() + ")" : "");
    }

    // ---- lifecycle, called by Transaction -----------------------------------------------------

    /** Records a new xid (top-level or subtransaction) of this transaction, for conflict-out lookups. */
    public void xidAssigned(long xid) {
        manager.xidAssigned(this, xid);
    }

    /** PostgreSQL's PreCommit_CheckForSerializationFailure: fails with 40001 or marks this transaction prepared. */
    public void preCommit() {
        manager.preCommit(this);
    }

    public void afterCommit() {
        manager.committed(this);
    }

    public void aborted() {
        manager.aborted(this);
    }
}
