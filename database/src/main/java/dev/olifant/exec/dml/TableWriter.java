package dev.olifant.exec.dml;

import dev.olifant.catalog.Column;
import dev.olifant.catalog.Table;
import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.exec.ExecContext;
import dev.olifant.lock.Locker;
import dev.olifant.lock.RowLockMode;
import dev.olifant.lock.RowLocks;
import dev.olifant.storage.Heap;
import dev.olifant.storage.TupleVersion;
import dev.olifant.txn.Transaction;
import dev.olifant.txn.TransactionManager;
import dev.olifant.txn.ssi.SerializableXact;
import dev.olifant.txn.XactState;
import dev.olifant.types.TextIO;
import java.util.List;

/**
 * Writes tuple versions for one table within the statement's transaction and enforces its
 * constraints. Unique checks follow PostgreSQL's rules under MVCC: a conflicting version counts
 * when it is committed and not deleted, or written by this transaction; one written or deleted
 * by a transaction still running makes the writer wait for that transaction and look again.
 */
public final class TableWriter {
    private final TableTarget target;
    private final ExecContext ctx;
    private final Heap heap;
    private final Pruner pruner;
    /** DEFERRABLE unique constraints by the oid of their index. */
    private final java.util.Map<Long, dev.olifant.catalog.Constraint> deferrable = new java.util.HashMap<>();
    private final List<UniqueRecheck> rechecks = new java.util.ArrayList<>();
    final IndexKeys keys = new IndexKeys();
    /** The tuple id of the version whose inserter {@link #findConflict} last returned to wait for, or -1. */
    private long awaitedVersion = -1;

    public TableWriter(TableTarget target, ExecContext ctx) {
        this.target = target;
        this.ctx = ctx;
        this.heap = target.table().storage().heap();
        this.pruner = new Pruner(target, heap, ctx.transactions().horizon());
        for (dev.olifant.catalog.Constraint c : target.table().constraints()) {
            if (c.deferrable() && c.indexOid() != 0) {
                deferrable.put(c.indexOid(), c);
            }
        }
    }

    /**
     * Ends the statement's writes: duplicates entered into DEFERRABLE unique constraints are
     * checked again now, or handed to the transaction when the constraint is deferred.
     */
    public void finish() {
        if (rechecks.isEmpty()) {
            return;
        }
        DeferredConstraints deferred = ctx.services().deferredConstraints();
        for (UniqueRecheck r : rechecks) {
            if (deferred.isDeferred(r.constraint())) {
                deferred.add(r);
            } else {
                r.fire(ctx);
            }
        }
        rechecks.clear();
    }

    public Table table() {
        return target.table();
    }

    /** Checks NOT NULL and CHECK constraints on a new row version (values in attnum order). */
    public void checkRow(Object[] values) {
        Table t = target.table();
        for (Column c : t.columns()) {
            if (c.notNull() && !c.dropped() && values[c.attnum() - 1] == null) {
                throw new PgException(SqlState.NOT_NULL_VIOLATION, "null value in column \"" + c.name()
                        + "\" of relation \"" + t.name() + "\" violates not-null constraint")
                        .withDetail("Failing row contains " + describe(values) + ".");
            }
        }
        if (target.partitionCheck() != null && !target.partitionCheck().accepts(t, values)) {
            throw new PgException(SqlState.CHECK_VIOLATION, "new row for relation \"" + t.name()
                    + "\" violates partition constraint").withDetail("Failing row contains " + describe(values) + ".");
        }
        if (!target.checks().isEmpty()) {
            Object[] row = java.util.Arrays.copyOf(values, t.columns().size() + 1);
            for (TableTarget.Check check : target.checks()) {
                if (Boolean.FALSE.equals(check.expr().eval(row, ctx))) {
                    throw new PgException(SqlState.CHECK_VIOLATION, "new row for relation \"" + t.name()
                            + "\" violates check constraint \"" + check.name() + "\"")
                            .withDetail("Failing row contains " + describe(values) + ".");
                }
            }
        }
    }

    /** PostgreSQL's "Failing row contains (...)" rendering of a row. */
    private String describe(Object[] values) {
        StringBuilder sb = new StringBuilder("(");
        boolean first = true;
        for (Column c : target.table().columns()) {
            if (c.dropped()) {
                continue;
            }
            if (!first) {
                sb.append(", ");
            }
            first = false;
            Object v = values[c.attnum() - 1];
            sb.append(v == null ? "null" : TextIO.output(c.type(), v, ctx.settings(), ctx.regLookup()));
        }
        return sb.append(')').toString();
    }

    /** Inserts a new version (constraints already checked) and its index entries; returns its tuple id. */
    public long insert(Object[] values) {
        long xid = ctx.transaction().writeXid();
        SerializableXact ssi = ctx.serializable();
        if (ssi != null) {
            ssi.checkWrite(heap, -1);
        }
        long tid = heap.insert(new TupleVersion(xid, ctx.commandId(), values));
        ctx.transaction().redo().heapInsert(target.table().storage().id(), tid, values);
        addIndexEntries(values, tid, -1);
        return tid;
    }

    /**
     * INSERT ... ON CONFLICT's speculative insertion (PostgreSQL's ExecInsert with a speculative
     * token): the version and its index entries are made as usual, except that a version of
     * another transaction with the same key in an arbiter index, committed or not, is a conflict
     * rather than an error or a wait. On a conflict the version is taken back at once, entries and
     * all (heap_abort_speculative), and -1 returned: the caller checks for conflicts again.
     */
    long insertSpeculative(Object[] values, List<TableTarget.IndexTarget> arbiters) {
        long xid = ctx.transaction().writeXid();
        SerializableXact ssi = ctx.serializable();
        if (ssi != null) {
            ssi.checkWrite(heap, -1);
        }
        Locker locker = ctx.services().locker();
        long tid;
        synchronized (heap) {
            tid = heap.size();
            locker.beginSpeculation(new Speculative(heap, tid));
            heap.insert(new TupleVersion(xid, ctx.commandId(), values));
        }
        try {
            ctx.transaction().redo().heapInsert(target.table().storage().id(), tid, values);
            List<Object[]> added = new java.util.ArrayList<>();
            if (addIndexEntries(values, tid, -1, arbiters, added)) {
                return tid;
            }
            for (int i = 0; i < target.indexes().size(); i++) {
                if (added.get(i) != null) {
                    target.indexes().get(i).storage().remove(added.get(i), tid);
                }
            }
            ctx.transaction().redo().heapDelete(target.table().storage().id(), tid, TupleVersion.NO_NEXT);
            heap.remove(tid);
            return -1;
        } finally {
            locker.endSpeculation();
        }
    }

    /** The version a speculative insertion is making: its heap and tuple id. */
    private record Speculative(Heap heap, long tid) {
    }

    private void addIndexEntries(Object[] values, long tid, long replacedTid) {
        addIndexEntries(values, tid, replacedTid, List.of(), null);
    }

    /**
     * Makes the version's entry in every index it belongs in, in index order.
     *
     * @param arbiters unique indexes in which a conflict is reported, not raised (speculative insertion)
     * @param added    when not null, receives each index's entry key (null where none was made)
     * @return false when an arbiter index already holds the key for another live version
     */
    private boolean addIndexEntries(Object[] values, long tid, long replacedTid,
            List<TableTarget.IndexTarget> arbiters, List<Object[]> added) {
        SerializableXact ssi = ctx.serializable();
        if (ssi != null && replacedTid >= 0 && keysUnchanged(values, replacedTid)) {
            // PostgreSQL makes such an update a heap-only tuple and writes no index entry, so it
            // checks no index for rw-conflicts; neither is it one here
            ssi = null;
        }
        boolean clear = true;
        for (TableTarget.IndexTarget ix : target.indexes()) {
            Object[] entry = null;
            if (ix.covers(values, ctx)) {
                Object[] key = keys.of(ix, values, replacedTid, heap, ctx);
                if (ssi != null) {
                    ssi.checkIndexInsert(ix.storage(), key);
                }
                if (ix.index().unique() && arbiters.contains(ix)) {
                    synchronized (ix.storage()) {
                        if (findConflict(ix, key, tid, false) == 0) {
                            ix.storage().insert(key, tid);
                            entry = key;
                        } else {
                            clear = false;
                        }
                    }
                } else if (ix.index().unique()) {
                    insertUnique(ix, key, tid, replacedTid);
                    entry = key;
                } else {
                    ix.storage().insert(key, tid);
                    entry = key;
                }
            }
            if (added != null) {
                added.add(entry);
            }
        }
        return clear;
    }

    /** Whether an update leaves every index's key as the replaced version had it (a HOT update in PostgreSQL). */
    private boolean keysUnchanged(Object[] values, long replacedTid) {
        TupleVersion old = heap.fetch(replacedTid);
        if (old == null) {
            return false;
        }
        for (TableTarget.IndexTarget ix : target.indexes()) {
            if (ix.computed() ? !IndexKeys.sameInputs(ix, old.values(), values)
                    : !java.util.Arrays.equals(ix.key(old.values()), ix.key(values))) {
                return false;
            }
        }
        return true;
    }

    private void insertUnique(TableTarget.IndexTarget ix, Object[] key, long tid, long replacedTid) {
        dev.olifant.catalog.Constraint later = deferrable.get(ix.index().oid());
        while (true) {
            long waitFor;
            synchronized (ix.storage()) {
                waitFor = findConflict(ix, key, replacedTid, later == null);
                if (waitFor <= 0) {
                    ix.storage().insert(key, tid);
                    if (waitFor < 0) {
                        rechecks.add(new UniqueRecheck(later, target, ix, key, tid));
                    }
                    return;
                }
            }
            await(waitFor);
        }
    }

    /**
     * Looks for a live version with {@code key} in a unique index.
     *
     * @param raise when true a conflict raises 23505; otherwise it is returned as {@code -(tid + 1)}
     * @return 0 when there is none, an xid (> 0) to wait for, or a negative encoded tuple id
     */
    long findConflict(TableTarget.IndexTarget ix, Object[] key, long ignoreTid, boolean raise) {
        return findConflict(ix, key, ignoreTid, raise, false);
    }

    /**
     * As above; with {@code recheck}, each live version found has its key computed again and
     * compared, as PostgreSQL's check_exclusion_or_unique_constraint does for ON CONFLICT's check
     * (FormIndexDatum on the existing tuple): for an expression key that runs the expression.
     */
    long findConflict(TableTarget.IndexTarget ix, Object[] key, long ignoreTid, boolean raise, boolean recheck) {
        for (Object k : key) {
            if (k == null && !ix.index().nullsNotDistinct()) {
                return 0;
            }
        }
        TransactionManager tm = ctx.transactions();
        Transaction me = ctx.transaction();
        var it = ix.storage().lookup(key);
        while (it.hasNext()) {
            long tid = it.next();
            if (tid == ignoreTid) {
                continue;
            }
            TupleVersion t = heap.fetch(tid);
            if (t == null || pruner.pruneIfDead(tid, t)
                    || ix.predicate() != null && !ix.covers(TableRows.padded(target.table(), t.values()), ctx)) {
                continue;
            }
            long xmin = t.xmin();
            long waitFor = 0;
            if (!me.isCurrent(xmin) && (t.hints() & (TupleVersion.XMIN_FROZEN | TupleVersion.XMIN_COMMITTED)) == 0) {
                XactState s = tm.state(xmin);
                if (s == XactState.ABORTED) {
                    continue;
                }
                if (s == XactState.IN_PROGRESS) {
                    waitFor = xmin;
                }
            }
            long xmax = t.xmax();
            if (waitFor == 0 && xmax != 0 && !t.lockOnly()) {
                if (me.isCurrent(xmax)) {
                    continue;
                }
                XactState s = tm.state(xmax);
                if (s == XactState.COMMITTED) {
                    continue;
                }
                if (s == XactState.IN_PROGRESS) {
                    waitFor = xmax;
                }
            }
            if (recheck && ix.computed() && !sameKey(ix, key, t)) {
                continue;
            }
            if (waitFor != 0) {
                awaitedVersion = waitFor == xmin ? tid : -1;
                return waitFor;
            }
            if (!raise) {
                return -(tid + 1);
            }
            SerializableXact ssi = ctx.serializable();
            if (ssi != null) {
                // As _bt_check_unique does: check for a conflict in as if the entry were written, so a
                // serialization failure the unique violation would mask is reported instead (40001).
                ssi.checkIndexInsert(ix.storage(), key);
            }
            throw duplicate(ix, key);
        }
        return 0;
    }

    private boolean sameKey(TableTarget.IndexTarget ix, Object[] key, TupleVersion t) {
        Object[] existing = ix.key(TableRows.padded(target.table(), t.values()), ctx);
        var order = ix.storage().order();
        for (int i = 0; i < key.length; i++) {
            if (order.compareColumn(i, key[i], existing[i]) != 0) {
                return false;
            }
        }
        return true;
    }

    private PgException duplicate(TableTarget.IndexTarget ix, Object[] key) {
        return new PgException(SqlState.UNIQUE_VIOLATION, "duplicate key value violates unique constraint \""
                + ix.constraintName() + "\"").withDetail("Key " + IndexKeys.describe(target.table(), ix, key, ctx)
                + " already exists.");
    }

    /**
     * Waits for a transaction to end, honouring lock_timeout, cancel requests and deadlock
     * detection; when the conflict found last is a version that transaction is still inserting
     * speculatively, only for that insertion to finish (PostgreSQL's SpeculativeInsertionWait).
     */
    void await(long xid) {
        long version = awaitedVersion;
        awaitedVersion = -1;
        Locker locker = ctx.services().locker();
        if (version >= 0 && locker.manager().speculating(xid, new Speculative(heap, version))) {
            if (!locker.manager().awaitSpeculation(locker, xid, new Speculative(heap, version),
                    dev.olifant.exec.TableLocks.waits(ctx))) {
                throw new PgException(SqlState.LOCK_NOT_AVAILABLE, "canceling statement due to lock timeout");
            }
            return; // the caller looks again: the version is complete now, or gone
        }
        RowLocking.awaitTransaction(ctx, xid, target.table().oid());
    }

    /**
     * Claims {@code tid} for UPDATE or DELETE, waiting while another running transaction holds it
     * or holds a row lock that conflicts with {@code mode} (FOR NO KEY UPDATE for an UPDATE that
     * keeps the key, FOR UPDATE otherwise).
     */
    LockResult claim(long tid, long nextTid, RowLockMode mode) {
        TupleVersion t = heap.fetch(tid);
        long me = ctx.transaction().writeXid();
        TransactionManager tm = ctx.transactions();
        Locker locker = ctx.services().locker();
        RowLocks rowLocks = locker.manager().rows();
        SerializableXact ssi = ctx.serializable();
        if (ssi != null) {
            ssi.checkWrite(heap, tid);
        }
        try (TupleLock tuple = new TupleLock(ctx, target.table().oid(), tid, mode)) {
            while (true) {
                long holder;
                synchronized (t) {
                    long xmax = t.xmax();
                    if (ctx.transaction().isCurrent(xmax)) {
                        if (t.lockOnly()) {
                            t.markDeleted(me, ctx.commandId(), nextTid);
                            ctx.transaction().redo().heapDelete(target.table().storage().id(), tid, nextTid);
                            return LockResult.OK;
                        }
                        return LockResult.SELF_UPDATED;
                    }
                    XactState s = xmax == 0 ? XactState.ABORTED : tm.state(xmax);
                    if (s == XactState.ABORTED || t.lockOnly() && s == XactState.COMMITTED) {
                        holder = rowLocks.conflicting(t, locker, mode, tm);
                        if (holder == 0) {
                            rowLocks.add(t, locker, me, mode);
                            t.markDeleted(me, ctx.commandId(), nextTid);
                            target.table().storage().stats().deleted();
                            ctx.transaction().redo().heapDelete(target.table().storage().id(), tid, nextTid);
                            return LockResult.OK;
                        }
                    } else if (s == XactState.COMMITTED) {
                        if (ctx.transaction().isolation().usesTransactionSnapshot()) {
                            throw new PgException(SqlState.SERIALIZATION_FAILURE,
                                    "could not serialize access due to concurrent " + (t.next() == TupleVersion.NO_NEXT
                                            ? "delete" : "update"));
                        }
                        // a row moved to another partition fails when the caller follows it
                        // (newestVersion); INSERT ... ON CONFLICT starts over instead, as PostgreSQL's does
                        return LockResult.UPDATED;
                    } else {
                        holder = xmax;
                    }
                }
                // queue for the row behind earlier waiters, then wait for its holder; a session
                // upgrading a lock it holds skips the queue, or it would wait for itself
                if (!TupleLock.holdsRow(rowLocks, t, locker)) {
                    tuple.acquire();
                }
                await(holder);
            }
        }
    }

    /** Sets the forward link of a claimed version once its replacement exists. */
    void link(long oldTid, long newTid) {
        TupleVersion t = heap.fetch(oldTid);
        synchronized (t) {
            t.markDeleted(t.xmax(), t.cmax(), newTid);
        }
        ctx.transaction().redo().heapDelete(target.table().storage().id(), oldTid, newTid);
    }

    /** Writes the new version of an updated row (old version already claimed). */
    long insertReplacement(Object[] values, long oldTid) {
        long xid = ctx.transaction().writeXid();
        long tid = heap.insert(new TupleVersion(xid, ctx.commandId(), values));
        ctx.transaction().redo().heapInsert(target.table().storage().id(), tid, values);
        link(oldTid, tid);
        ctx.services().locker().manager().rows().carryKeyShares(heap.fetch(oldTid), heap.fetch(tid), xid,
                ctx.transactions());
        addIndexEntries(values, tid, oldTid);
        return tid;
    }

    /**
     * The newest version reachable from {@code tid} through update links of committed updaters,
     * or -1 when the row was deleted (40001 when a cross-partition UPDATE moved it). A version whose updater is still running is the newest
     * (claiming it waits for that transaction); so is one whose updater rolled back, whose link
     * then points at an aborted version that never existed and that vacuum may have removed
     * (PostgreSQL's update chain check in heap_lock_updated_tuple). Every version past the start
     * was made dead by a transaction that committed after the caller's snapshot was taken, so
     * none of them is removable while the caller runs (the chain invariant of the storage package).
     */
    long newestVersion(long tid) {
        long current = tid;
        while (true) {
            TupleVersion t = heap.fetch(current);
            if (t == null) {
                return -1;
            }
            TupleVersion.Deleter d = t.deleter();
            if (d.xmax() == 0 || d.lockOnly() || ctx.transactions().state(d.xmax()) != XactState.COMMITTED) {
                return current;
            }
            if (d.next() == TupleVersion.MOVED) {
                throw RowLocking.movedToAnotherPartition();
            }
            if (d.next() == TupleVersion.NO_NEXT) {
                return -1;
            }
            current = d.next();
        }
    }

    Heap heap() {
        return heap;
    }

    /**
     * ON CONFLICT under REPEATABLE READ or SERIALIZABLE (PostgreSQL's ExecCheckTIDVisible): a
     * conflicting row this transaction's snapshot cannot see, written by another transaction,
     * is a serialization failure rather than a reason to skip or update.
     */
    void checkConflictVisible(long tid) {
        if (!ctx.transaction().isolation().usesTransactionSnapshot()) {
            return;
        }
        TupleVersion t = heap.fetch(tid);
        if (t != null && !ctx.isVisible(t) && !ctx.transaction().isCurrent(t.xmin())) {
            throw new PgException(SqlState.SERIALIZATION_FAILURE, "could not serialize access due to concurrent update");
        }
    }

    List<TableTarget.IndexTarget> indexes() {
        return target.indexes();
    }
}
