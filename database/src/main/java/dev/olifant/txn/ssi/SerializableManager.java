package dev.olifant.txn.ssi;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.storage.IndexKeyOrder;
import dev.olifant.txn.Transaction;
import dev.olifant.txn.TransactionManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cluster's serializable transactions and their SIREAD locks (PostgreSQL's PredXact and
 * predicate lock tables). One monitor ({@code this}) guards all SSI state; it is taken only by
 * SERIALIZABLE transactions, so other isolation levels never touch it. Lock order: this monitor
 * before the {@link TransactionManager}'s (taking a snapshot inside {@link #register}).
 *
 * <p>Commit order is a sequence number: a transaction is "prepared" (checked, about to commit)
 * with {@code prepareSeq} and committed with {@code commitSeq}, both drawn from
 * {@link #lastCommitSeq}; a snapshot records the number current when it was taken. Transaction A
 * committed before B's snapshot exactly when {@code A.commitSeq <= B.lastCommitBeforeSnapshot}.
 * A transaction ends in the transaction manager between its prepare and its commit number, so a
 * snapshot taken in that window may see its writes yet count it as concurrent: that can only add
 * conflicts, never hide one.
 */
public final class SerializableManager {
    private final TransactionManager transactions;
    private final PredicateLockTable locks = new PredicateLockTable();
    private final Set<SerializableXact> active = new LinkedHashSet<>();
    private final List<SerializableXact> finished = new ArrayList<>();
    private final Map<Long, SerializableXact> byXid = new HashMap<>();
    /** The READ ONLY DEFERRABLE transactions waiting for a safe snapshot. */
    private final Map<Transaction, SerializableXact> awaiting = new HashMap<>();
    private long lastCommitSeq;
    private long nextId = 1;

    public SerializableManager(TransactionManager transactions) {
        this.transactions = transactions;
    }

    /**
     * Starts SSI tracking for {@code txn} and takes its snapshot. A READ ONLY DEFERRABLE transaction
     * waits here until it has a safe snapshot (no concurrent read-write transaction can make it
     * part of an anomaly), polling {@code interrupts} so a cancel ends the wait.
     */
    public SerializableXact register(Transaction txn, Runnable interrupts) {
        while (true) {
            SerializableXact sx;
            synchronized (this) {
                sx = new SerializableXact(this, txn, nextId++);
                sx.lastCommitBeforeSnapshot = lastCommitSeq;
                sx.snapshot = transactions.snapshot();
                active.add(sx);
                if (sx.readOnly) {
                    sx.possibleUnsafe = new HashSet<>();
                    for (SerializableXact other : active) {
                        if (other != sx && !other.readOnly && !other.prepared() && !other.doomed) {
                            sx.possibleUnsafe.add(other);
                            if (other.unsafeFor == null) {
                                other.unsafeFor = new HashSet<>();
                            }
                            other.unsafeFor.add(sx);
                        }
                    }
                    if (sx.possibleUnsafe.isEmpty()) {
                        sx.safe = true;
                    }
                }
            }
            if (!txn.deferrable() || !sx.readOnly || sx.safe) {
                return sx;
            }
            if (awaitSafe(sx, interrupts)) {
                return sx;
            }
            aborted(sx); // unsafe: try again with a new snapshot
        }
    }

    /**
     * The read-write transactions a READ ONLY DEFERRABLE transaction waits for to end before its
     * snapshot is known safe (PostgreSQL's GetSafeSnapshotBlockingPids); empty when it does not
     * wait.
     */
    public synchronized List<Transaction> safeSnapshotBlockers(Transaction waiter) {
        SerializableXact sx = awaiting.get(waiter);
        if (sx == null || sx.possibleUnsafe == null) {
            return List.of();
        }
        List<Transaction> out = new ArrayList<>();
        for (SerializableXact rw : sx.possibleUnsafe) {
            out.add(rw.transaction);
        }
        return out;
    }

    private boolean awaitSafe(SerializableXact sx, Runnable interrupts) {
        synchronized (this) {
            awaiting.put(sx.transaction, sx);
        }
        try {
            return awaitSafeLoop(sx, interrupts);
        } finally {
            synchronized (this) {
                awaiting.remove(sx.transaction);
            }
        }
    }

    private boolean awaitSafeLoop(SerializableXact sx, Runnable interrupts) {
        synchronized (this) {
            while (!sx.safe && !sx.unsafe) {
                try {
                    wait(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    interrupts.run();
                    throw new PgException(SqlState.QUERY_CANCELED, "canceling statement due to user request");
                }
                if (!sx.safe && !sx.unsafe) {
                    try {
                        interrupts.run();
                    } catch (RuntimeException e) {
                        // releasing the monitor first keeps the cancel from holding up the others
                        notifyAll();
                        throw e;
                    }
                }
            }
            return sx.safe;
        }
    }

    synchronized void xidAssigned(SerializableXact sx, long xid) {
        sx.xids.add(xid);
        byXid.put(xid, sx);
    }

    // ---- SIREAD locks -------------------------------------------------------------------------

    synchronized void lockRelation(SerializableXact sx, Object heap) {
        if (!sx.safe) {
            locks.lockRelation(sx, heap);
        }
    }

    synchronized void lockTuple(SerializableXact sx, Object heap, long tid) {
        if (!sx.safe) {
            locks.lockTuple(sx, heap, tid);
        }
    }

    synchronized void lockRange(SerializableXact sx, Object heap, Object index, IndexKeyOrder order, Object[] low,
            boolean lowInclusive, Object[] high, boolean highInclusive) {
        if (!sx.safe) {
            locks.lockRange(sx, heap, index, order, low, lowInclusive, high, highInclusive);
        }
    }

    // ---- conflicts ----------------------------------------------------------------------------

    /** PostgreSQL's CheckForSerializableConflictOut: {@code reader} read past a write by {@code writerXid}. */
    synchronized void conflictOut(SerializableXact reader, long writerXid) {
        if (reader.safe) {
            return;
        }
        if (reader.doomed) {
            throw SerializationFailure.pivotDuringConflictOut();
        }
        SerializableXact writer = byXid.get(writerXid);
        if (writer == null || writer == reader || writer.rolledBack) {
            return; // not serializable, or committed before every running serializable transaction
        }
        if (writer.committed() && writer.commitSeq <= reader.lastCommitBeforeSnapshot) {
            return;
        }
        if (reader.readOnly && writer.committed() && !writer.summaryConflictOut
                && (!writer.conflictOut || reader.lastCommitBeforeSnapshot < writer.earliestOutConflictCommit)) {
            return; // the read-only transaction can appear to run first
        }
        if (reader.outConflicts.contains(writer)) {
            return;
        }
        flag(reader, writer, reader);
    }

    /** PostgreSQL's CheckForSerializableConflictIn: {@code writer} writes over SIREAD locks. */
    synchronized void conflictIn(SerializableXact writer, Object heap, long tid, Object index, Object[] key) {
        if (writer.doomed) {
            throw SerializationFailure.pivotDuringConflictIn();
        }
        writer.didWrite = true;
        Set<SerializableXact> holders = new HashSet<>();
        if (heap != null) {
            locks.holdersForWrite(heap, tid, holders);
        }
        if (index != null) {
            locks.holdersForIndexInsert(index, key, holders);
        }
        for (SerializableXact reader : holders) {
            if (reader == writer || reader.rolledBack || reader.safe) {
                continue;
            }
            if (reader.committed() && reader.commitSeq <= writer.lastCommitBeforeSnapshot) {
                continue; // read before this transaction's snapshot: not concurrent
            }
            if (reader.outConflicts.contains(writer)) {
                continue;
            }
            flag(reader, writer, writer);
        }
    }

    /**
     * Records reader →rw writer and applies the dangerous-structure test to it. When it fails,
     * the transaction to roll back is the writer if that is the caller ({@code me}) or can still
     * be doomed; a prepared writer cannot, so the calling reader fails instead.
     */
    private void flag(SerializableXact reader, SerializableXact writer, SerializableXact me) {
        reader.outConflicts.add(writer);
        writer.inConflicts.add(reader);
        if (!DangerousStructures.failsOnConflict(reader, writer)) {
            return;
        }
        if (me == writer) {
            throw SerializationFailure.pivotDuringWrite();
        }
        if (writer.prepared()) {
            throw SerializationFailure.conflictOutToPivot(writer.topXid());
        }
        writer.doomed = true;
    }

    // ---- end of transaction -------------------------------------------------------------------

    synchronized void preCommit(SerializableXact sx) {
        if (sx.doomed) {
            throw SerializationFailure.pivotDuringCommit();
        }
        DangerousStructures.doomPivotsBeforeCommit(sx);
        sx.prepareSeq = ++lastCommitSeq;
    }

    synchronized void committed(SerializableXact sx) {
        sx.commitSeq = ++lastCommitSeq;
        if (!sx.didWrite) {
            sx.readOnly = true; // committed without writing: a read-only transaction after all
        }
        active.remove(sx);
        for (SerializableXact out : sx.outConflicts) {
            if (out.committed()) {
                sx.conflictOut = true;
                sx.earliestOutConflictCommit = Math.min(sx.earliestOutConflictCommit, out.prepareSeq);
            }
        }
        if (sx.summaryConflictOut) {
            sx.conflictOut = true;
        }
        releaseReadOnlyWaiters(sx, true);
        if (sx.possibleUnsafe != null) {
            for (SerializableXact rw : sx.possibleUnsafe) {
                if (rw.unsafeFor != null) {
                    rw.unsafeFor.remove(sx);
                }
            }
            sx.possibleUnsafe = null;
        }
        if (sx.safe) {
            forget(sx); // a safe read-only transaction cannot take part in any dangerous structure
        } else {
            finished.add(sx);
        }
        cleanUp();
        notifyAll();
    }

    synchronized void aborted(SerializableXact sx) {
        if (sx.rolledBack) {
            return;
        }
        sx.rolledBack = true;
        active.remove(sx);
        releaseReadOnlyWaiters(sx, false);
        if (sx.possibleUnsafe != null) {
            for (SerializableXact rw : sx.possibleUnsafe) {
                if (rw.unsafeFor != null) {
                    rw.unsafeFor.remove(sx);
                }
            }
            sx.possibleUnsafe = null;
        }
        forget(sx);
        cleanUp();
        notifyAll();
    }

    /**
     * A read-write transaction ended: each read-only transaction whose snapshot overlapped it
     * learns whether it made that snapshot unsafe (committed with a conflict out to a transaction
     * that committed before the snapshot) and becomes safe once no such transaction remains.
     */
    private void releaseReadOnlyWaiters(SerializableXact rw, boolean committed) {
        if (rw.unsafeFor == null) {
            return;
        }
        for (SerializableXact ro : rw.unsafeFor) {
            if (ro.possibleUnsafe == null) {
                continue;
            }
            if (committed && rw.didWrite && rw.conflictOut
                    && rw.earliestOutConflictCommit <= ro.lastCommitBeforeSnapshot) {
                ro.unsafe = true;
                ro.possibleUnsafe.clear();
            } else {
                ro.possibleUnsafe.remove(rw);
                if (ro.possibleUnsafe.isEmpty() && !ro.unsafe) {
                    ro.safe = true;
                    locks.releaseAll(ro);
                }
            }
        }
        rw.unsafeFor = null;
    }

    /** Drops a transaction's locks, conflicts and xids. */
    private void forget(SerializableXact sx) {
        locks.releaseAll(sx);
        for (SerializableXact in : sx.inConflicts) {
            in.outConflicts.remove(sx);
            if (!sx.rolledBack) {
                in.summaryConflictOut = true;
                in.earliestOutConflictCommit = Math.min(in.earliestOutConflictCommit, sx.prepareSeq);
            }
        }
        for (SerializableXact out : sx.outConflicts) {
            out.inConflicts.remove(sx);
        }
        sx.inConflicts.clear();
        sx.outConflicts.clear();
        for (Long xid : sx.xids) {
            byXid.remove(xid);
        }
    }

    /**
     * Forgets committed transactions no running serializable transaction overlaps: every running
     * one took its snapshot after they committed, so no new conflict can involve them.
     */
    private void cleanUp() {
        long oldest = Long.MAX_VALUE;
        for (SerializableXact a : active) {
            oldest = Math.min(oldest, a.lastCommitBeforeSnapshot);
        }
        for (var it = finished.iterator(); it.hasNext();) {
            SerializableXact f = it.next();
            if (f.commitSeq <= oldest) {
                it.remove();
                forget(f);
            }
        }
    }

    /** Serializable transactions still tracked (running, or committed and overlapping a running one). */
    public synchronized int trackedCount() {
        return active.size() + finished.size();
    }

    /** SIREAD lock targets held, for tests and monitoring. */
    public synchronized int lockCount() {
        return locks.targetCount();
    }
}
