package dev.olifant.exec.dml;

import dev.olifant.catalog.Catalog;
import dev.olifant.catalog.ForeignKeyAction;
import dev.olifant.catalog.PartitionTree;
import dev.olifant.catalog.Table;
import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.exec.ExecContext;
import dev.olifant.exec.plan.TableSlots;
import dev.olifant.lock.RowLockMode;
import dev.olifant.sql.ast.LockWaitPolicy;
import dev.olifant.storage.Heap;
import dev.olifant.storage.TupleVersion;
import dev.olifant.types.TextIO;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Foreign key enforcement, PostgreSQL's RI triggers: a data-modifying node reports every row it
 * inserts, updates or deletes; at the end of the statement ({@link #finish}) the queued events
 * fire — checks that a referencing row's key exists in the referenced table (locking the
 * referenced row FOR KEY SHARE, see {@link RowLocking}), and the referenced side's actions (NO
 * ACTION, RESTRICT,
 * CASCADE, SET NULL, SET DEFAULT). Rows the actions write queue events of their own, which fire
 * in the same loop, and fire the referencing table's triggers ({@link ActionTriggers}); the
 * statement's own AFTER triggers may share the queue ({@link #adopt}). Checks of deferred
 * constraints (and NO ACTION checks) go to the transaction's {@link DeferredConstraints} instead,
 * to fire at commit or SET CONSTRAINTS … IMMEDIATE; the writing actions are never deferred.
 *
 * <p>Rows are judged in the latest state, not the statement's snapshot: committed rows, and this
 * transaction's own, count; a row a running transaction writes makes the check wait for it.
 */
public final class ForeignKeys {
    private final ExecContext ctx;
    private final Catalog catalog;
    private final ArrayDeque<Event> queue = new ArrayDeque<>();
    private final Map<Long, TableWriter> writers = new HashMap<>();
    private final Map<Long, Boolean> referencedTables = new HashMap<>();
    /** The referencing tables' triggers the actions fire, made when an action first writes. */
    private ActionTriggers actionTriggers;

    /** Something to check once the statement's rows are written. */
    sealed interface Event {
        long constraintOid();
    }

    /**
     * A trigger event sharing the queue with the foreign key events (see {@link ActionTriggers});
     * a cancelled one (an AFTER STATEMENT event queued again later) does not fire.
     */
    static final class Triggered implements Event {
        private final Runnable run;
        private boolean cancelled;

        Triggered(Runnable run) {
            this.run = run;
        }

        void cancel() {
            cancelled = true;
        }

        public long constraintOid() {
            return 0;
        }
    }

    /** A referencing row version was written: its key must exist in the referenced table. */
    record Check(ForeignKeyInfo fk, long tid) implements Event {
        public long constraintOid() {
            return fk.constraint().oid();
        }
    }

    /** A referenced row was deleted ({@code newRow} null) or had its key changed. */
    record Referenced(ForeignKeyInfo fk, Object[] oldRow, Object[] newRow) implements Event {
        public long constraintOid() {
            return fk.constraint().oid();
        }

        ForeignKeyAction action() {
            return newRow == null ? fk.constraint().foreignKey().onDelete() : fk.constraint().foreignKey().onUpdate();
        }
    }

    /**
     * A referenced-side row was deleted or updated: the keys that reference its table are looked
     * up when the event fires, in the catalog as it is then (PostgreSQL plans the RI query when
     * its trigger fires), so a referencing partition attached and committed after the statement
     * began is checked too.
     */
    record ReferencedRow(Table table, Object[] oldRow, Object[] newRow) implements Event {
        public long constraintOid() {
            return 0;
        }
    }

    ForeignKeys(ExecContext ctx, Catalog catalog) {
        this.ctx = ctx;
        this.catalog = catalog;
    }

    /** The enforcement for a statement writing {@code table}, or null when no foreign key involves it. */
    public static ForeignKeys open(ExecContext ctx, Table table) {
        Catalog cat = ctx.services().systemContext().catalog();
        if (ForeignKeyInfo.outgoing(cat, table.oid()).isEmpty() && !referenced(cat, table)) {
            return null;
        }
        return new ForeignKeys(ctx, cat);
    }

    /**
     * Whether a key references {@code table} or, for a partition, one of its ancestors: a key
     * declared on a partitioned table that has no partitions yet reaches the referenced partitions
     * through the partitions attached later.
     */
    private static boolean referenced(Catalog cat, Table table) {
        for (Table t = table; t != null; t = t.isPartition() ? PartitionTree.parent(cat, t) : null) {
            if (!ForeignKeyInfo.incoming(cat, t.oid()).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** ALTER TABLE's validation of one existing referencing row (values in attnum order). */
    public static void validateRow(ExecContext ctx, Catalog catalog, ForeignKeyInfo fk, Object[] row) {
        new ForeignKeys(ctx, catalog).checkRow(fk, row);
    }

    public void inserted(Table table, long tid) {
        for (ForeignKeyInfo fk : ForeignKeyInfo.outgoing(catalog, table.oid())) {
            queue.add(new Check(fk, tid));
        }
    }

    public void updated(Table table, Object[] oldRow, Object[] newRow, long newTid) {
        for (ForeignKeyInfo fk : ForeignKeyInfo.outgoing(catalog, table.oid())) {
            if (fk.fkChanged(oldRow, newRow)) {
                queue.add(new Check(fk, newTid));
            }
        }
        if (isReferenced(table)) {
            queue.add(new ReferencedRow(table, oldRow.clone(), newRow.clone()));
        }
    }

    public void deleted(Table table, Object[] oldRow) {
        if (isReferenced(table)) {
            queue.add(new ReferencedRow(table, oldRow.clone(), null));
        }
    }

    private boolean isReferenced(Table table) {
        return referencedTables.computeIfAbsent(table.oid(), oid -> referenced(catalog, table));
    }

    /** The referenced-side events of a written row, under the keys the current catalog has. */
    private List<Event> referencedEvents(ReferencedRow row) {
        Catalog now = ctx.services().systemContext().catalog();
        List<Event> out = new ArrayList<>();
        for (ForeignKeyInfo fk : ForeignKeyInfo.incoming(now, row.table().oid())) {
            if (row.newRow() == null || fk.pkChanged(row.oldRow(), row.newRow())) {
                out.add(new Referenced(fk, row.oldRow(), row.newRow()));
            }
        }
        // the referenced table's RI triggers fire in name order, RI_ConstraintTrigger_a_<oid>:
        // in the order the keys were made
        out.sort(java.util.Comparator.comparingLong(Event::constraintOid));
        return out;
    }

    /** Fires the statement's events (and those its actions cause); deferred ones are handed to the transaction. */
    public void finish() {
        DeferredConstraints deferred = ctx.services().deferredConstraints();
        if (actionTriggers != null) {
            actionTriggers.statementEnded();
        }
        while (!queue.isEmpty()) {
            Event e = queue.poll();
            if (e instanceof Triggered t) {
                if (!t.cancelled) {
                    t.cancelled = true;
                    t.run.run();
                }
                continue;
            }
            if (e instanceof ReferencedRow row) {
                List<Event> events = referencedEvents(row);
                for (int i = events.size() - 1; i >= 0; i--) {
                    queue.addFirst(events.get(i));
                }
                continue;
            }
            boolean deferrable = e instanceof Check || ((Referenced) e).action() == ForeignKeyAction.NO_ACTION;
            if (deferrable && deferred.isDeferred(e instanceof Check c ? c.fk().constraint()
                    : ((Referenced) e).fk().constraint())) {
                deferred.add(e);
                continue;
            }
            fire(e);
        }
        for (TableWriter w : writers.values()) {
            w.finish();
        }
    }

    /** Fires a deferred event against the catalog as it is now; a dropped constraint checks nothing. */
    void fireDeferred(Event e) {
        ForeignKeyInfo now = e instanceof Check c ? ForeignKeyInfo.current(catalog, c.fk(), true)
                : ForeignKeyInfo.current(catalog, ((Referenced) e).fk(), false);
        if (now == null) {
            return;
        }
        fire(e instanceof Check c ? new Check(now, c.tid()) : new Referenced(now, ((Referenced) e).oldRow(),
                ((Referenced) e).newRow()));
    }

    private void fire(Event e) {
        switch (e) {
            case Check c -> check(c.fk(), c.tid());
            case Referenced r -> referenced(r);
            case ReferencedRow row -> referencedEvents(row).forEach(this::fire);
            case Triggered t -> t.run.run();
        }
    }

    // ---- the referencing side ----------------------------------------------------------------

    private void check(ForeignKeyInfo fk, long tid) {
        Heap heap = fk.referencing().storage().heap();
        TupleVersion t = tid < heap.size() ? heap.fetch(tid) : null;
        if (t == null || LatestState.current(ctx, fk.referencing(), t) != LatestState.State.LIVE) {
            return;
        }
        Object[] row = TableSlots.row(fk.referencing(), t, tid, 0, fk.referencing().columns().size() + 1);
        checkRow(fk, row);
    }

    /** Checks one referencing row (values in attnum order) against the referenced table. */
    void checkRow(ForeignKeyInfo fk, Object[] row) {
        Object[] key = fk.fkValues(row);
        int nulls = 0;
        for (Object k : key) {
            if (k == null) {
                nulls++;
            }
        }
        if (nulls == key.length) {
            return;
        }
        if (nulls > 0) {
            if (fk.matchFull()) {
                throw new PgException(SqlState.FOREIGN_KEY_VIOLATION, "insert or update on table \""
                        + fk.referencing().name() + "\" violates foreign key constraint \"" + fk.name() + "\"")
                        .withDetail("MATCH FULL does not allow mixing of null and nonnull key values.");
            }
            return;
        }
        if (!findReferenced(fk, key)) {
            throw new PgException(SqlState.FOREIGN_KEY_VIOLATION, "insert or update on table \""
                    + fk.referencing().name() + "\" violates foreign key constraint \"" + fk.name() + "\"")
                    .withDetail("Key (" + ForeignKeyInfo.columnNames(fk.referencing(), fk.fkAttnums()) + ")=("
                            + render(fk.referencing(), fk.fkAttnums(), key) + ") is not present in table \""
                            + fk.referenced().name() + "\".");
        }
    }

    /**
     * Whether a live referenced row has the key, locking it FOR KEY SHARE for this transaction
     * (ri_triggers.c's {@code SELECT 1 FROM pktable WHERE key = $1 FOR KEY SHARE}): a running
     * delete or key update of the row is waited for, a key-preserving update is not.
     */
    private boolean findReferenced(ForeignKeyInfo fk, Object[] fkValues) {
        Object[] key = fk.indexKey(fkValues, ctx);
        if (key == null) {
            return false;
        }
        ForeignKeyInfo leaf = fk.forReferencedKey(key);
        // RI_FKey_check detects new rows (the latest state, even under REPEATABLE READ) when the
        // referenced table is partitioned, so that its partitions are found as they are now
        return leaf != null && lockKey(leaf, key, !fk.referenced().isPartitioned());
    }

    private boolean lockKey(ForeignKeyInfo fk, Object[] key) {
        return lockKey(fk, key, true);
    }

    /**
     * Whether a live referenced row has index key {@code key}; the row found is locked FOR KEY
     * SHARE. With {@code transactionSnapshot}, REPEATABLE READ judges others' rows by its snapshot.
     */
    private boolean lockKey(ForeignKeyInfo fk, Object[] key, boolean transactionSnapshot) {
        Heap heap = fk.referenced().storage().heap();
        search:
        while (true) {
            Iterator<Long> it = fk.indexStorage().lookup(key);
            while (it.hasNext()) {
                long tid = it.next();
                TupleVersion v = heap.fetch(tid);
                if (v == null || !LatestState.lockCandidate(ctx, v, transactionSnapshot)) {
                    continue;
                }
                switch (RowLocking.lock(ctx, fk.referenced(), tid, RowLockMode.KEY_SHARE, LockWaitPolicy.BLOCK)) {
                    case LOCKED -> {
                        return true;
                    }
                    case UPDATED, DELETED -> {
                        // a committed delete or key update came first: look for the key again
                        continue search;
                    }
                    default -> {
                    }
                }
            }
            return false;
        }
    }

    // ---- the referenced side -----------------------------------------------------------------

    private void referenced(Referenced r) {
        ForeignKeyInfo fk = r.fk();
        Object[] oldKey = fk.pkValues(r.oldRow());
        for (Object k : oldKey) {
            if (k == null) {
                return;
            }
        }
        ForeignKeyAction action = r.action();
        if (action == ForeignKeyAction.NO_ACTION && keyStillExists(fk, oldKey)) {
            return;
        }
        if (action == ForeignKeyAction.NO_ACTION || action == ForeignKeyAction.RESTRICT) {
            if (anyReferencing(fk, oldKey)) {
                throw stillReferenced(fk, oldKey);
            }
            return;
        }
        try {
            ActionTriggers.Statement query = null;
            if (hasTriggers(fk)) {
                if (actionTriggers == null) {
                    actionTriggers = new ActionTriggers(ctx, this);
                }
                query = actionTriggers.start(fk, action == ForeignKeyAction.CASCADE && r.newRow() == null
                        ? dev.olifant.catalog.Trigger.TYPE_DELETE : dev.olifant.catalog.Trigger.TYPE_UPDATE);
            }
            RowTriggers rowTriggers = query == null ? null
                    : actionTriggers.rows(fk.referencing(), fk.reportedReferencing(), query.event);
            for (long tid : referencingRows(fk, oldKey)) {
                ReferencingWrites.apply(this, fk, r, oldKey, tid, rowTriggers);
            }
            if (query != null) {
                actionTriggers.end(query);
            }
        } catch (PgException e) {
            throw ActionQuery.withContext(e, ctx.services().systemContext().catalog(), fk, r);
        }
        if (action == ForeignKeyAction.SET_DEFAULT && !keyStillExists(fk, oldKey) && anyReferencing(fk, oldKey)) {
            // rows set to a default equal to the old key still reference it (ri_set's second look)
            throw stillReferenced(fk, oldKey);
        }
    }

    private PgException stillReferenced(ForeignKeyInfo fk, Object[] oldKey) {
        return new PgException(SqlState.FOREIGN_KEY_VIOLATION, "update or delete on table \"" + fk.referenced().name()
                + "\" violates foreign key constraint \"" + fk.name() + "\" on table \""
                + fk.reportedReferencing().name() + "\"").withDetail("Key ("
                        + ForeignKeyInfo.columnNames(fk.referenced(), fk.pkAttnums()) + ")=("
                        + render(fk.referenced(), fk.pkAttnums(), oldKey) + ") is still referenced from table \""
                        + fk.reportedReferencing().name() + "\".");
    }

    /**
     * NO ACTION's second look (ri_Check_Pk_Match): another live row, or this row's new version,
     * still has the key; it is locked FOR KEY SHARE.
     */
    private boolean keyStillExists(ForeignKeyInfo fk, Object[] pkKey) {
        Object[] key = new Object[pkKey.length];
        for (int i = 0; i < pkKey.length; i++) {
            key[fk.indexPosition()[i]] = pkKey[i];
        }
        return lockKey(fk, key);
    }

    /**
     * Whether a live referencing row still has key {@code pkKey}: RESTRICT's and NO ACTION's check
     * (ri_restrict's {@code SELECT 1 FROM fktable WHERE fkey = $1 FOR KEY SHARE}). The row found
     * is locked FOR KEY SHARE; a running delete of it is waited for, and a committed update is
     * followed to the newest version, which must still have the key.
     */
    private boolean anyReferencing(ForeignKeyInfo fk, Object[] pkKey) {
        Table t = fk.referencing();
        Heap heap = t.storage().heap();
        long size = heap.size();
        int width = t.columns().size() + 1;
        for (long tid = 0; tid < size; tid++) {
            long current = tid;
            while (true) {
                TupleVersion v = heap.fetch(current);
                if (v == null || !LatestState.lockCandidate(ctx, v, false)
                        || !fk.matches(fk.fkValues(TableSlots.row(t, v, current, 0, width)), pkKey, ctx)) {
                    break;
                }
                RowLocking.Outcome o = RowLocking.lock(ctx, t, current, RowLockMode.KEY_SHARE, LockWaitPolicy.BLOCK);
                if (o == RowLocking.Outcome.LOCKED) {
                    return true;
                }
                if (o != RowLocking.Outcome.UPDATED) {
                    break;
                }
                current = LockRows.newestVersion(ctx, t, current);
                if (current < 0) {
                    break;
                }
            }
        }
        return false;
    }

    /** Tuple ids of the live referencing rows whose key equals {@code pkKey}, for the writing actions. */
    List<Long> referencingRows(ForeignKeyInfo fk, Object[] pkKey) {
        List<Long> out = new ArrayList<>();
        Table t = fk.referencing();
        Heap heap = t.storage().heap();
        long size = heap.size();
        int width = t.columns().size() + 1;
        for (long tid = 0; tid < size; tid++) {
            TupleVersion v = heap.fetch(tid);
            if (v == null) {
                continue;
            }
            Object[] row = TableSlots.row(t, v, tid, 0, width);
            if (fk.matches(fk.fkValues(row), pkKey, ctx)
                    && LatestState.current(ctx, t, v) == LatestState.State.LIVE) {
                out.add(tid);
            }
        }
        return out;
    }

    ExecContext ctx() {
        return ctx;
    }

    /**
     * Whether the referencing table of {@code fk} (or the partitioned table it was declared on)
     * has any trigger: the cheap test that keeps actions on trigger-less tables as they were.
     */
    private boolean hasTriggers(ForeignKeyInfo fk) {
        if (ctx.services() == null) {
            return false;
        }
        return !ctx.services().triggers(fk.referencing().oid()).isEmpty()
                || fk.declaredOn() != null && !ctx.services().triggers(fk.declaredOn().oid()).isEmpty();
    }

    /**
     * The statement's own triggers on the table it writes: their AFTER ROW and AFTER STATEMENT
     * events share this queue with the foreign key events, in PostgreSQL's order (the row's RI
     * events, then its AFTER ROW triggers; AFTER STATEMENT behind the statement's rows, before
     * what the actions queue). The statement must then leave firing them to {@link #finish}.
     */
    public void adopt(Table table, int event, RowTriggers triggers) {
        if (actionTriggers == null) {
            actionTriggers = new ActionTriggers(ctx, this);
        }
        actionTriggers.adopt(table, event, triggers);
    }

    /** Queues a trigger event behind those queued so far. */
    Triggered enqueueTriggered(Runnable run) {
        Triggered t = new Triggered(run);
        queue.add(t);
        return t;
    }

    /** A writer for a table the actions modify, over the catalog the session sees now. */
    TableWriter writer(Table table) {
        return writers.computeIfAbsent(table.oid(), oid -> new TableWriter(ctx.services().writeTarget(oid), ctx));
    }

    void enqueueDeleted(Table table, Object[] oldRow) {
        deleted(table, oldRow);
    }

    void enqueueUpdated(Table table, Object[] oldRow, Object[] newRow, long newTid) {
        updated(table, oldRow, newRow, newTid);
    }

    private String render(Table t, int[] attnums, Object[] values) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            sb.append(i > 0 ? ", " : "").append(v == null ? "null"
                    : TextIO.output(t.column(attnums[i]).type(), v, ctx.settings(), ctx.regLookup()));
        }
        return sb.toString();
    }
}
