package dev.olifant.exec.dml;

import dev.olifant.catalog.Table;
import dev.olifant.catalog.Trigger;
import dev.olifant.exec.ExecContext;
import dev.olifant.exec.TriggerCall;
import java.util.ArrayList;
import java.util.List;

/**
 * The triggers one INSERT, UPDATE, DELETE, MERGE or COPY FROM fires on a table (PostgreSQL's
 * trigger.c): BEFORE STATEMENT when it starts, BEFORE ROW for each row before it is written
 * (the row the function returns is written instead; NULL skips the row), AFTER ROW queued and
 * fired when the statement's rows are all written, then AFTER STATEMENT. Only enabled triggers
 * ('O' and 'A') fire; UPDATE OF columns fire only when one of them changed value.
 */
public final class RowTriggers {
    private final ExecContext ctx;
    private final Table table;
    private final int event;
    private final String op;
    private final List<Trigger> triggers;
    private final List<Object[][]> afterRows = new ArrayList<>();
    /** When set, AFTER ROW events go to this queue shared with other tables' and events' triggers. */
    private java.util.function.Consumer<Runnable> sharedQueue;
    /** Whether the shared queue holds foreign key events, between which a row's triggers split. */
    private boolean keyEventsBetween;
    /** When set, whether a row (table layout) still belongs in this partition ({@link #staysIn}). */
    private java.util.function.Predicate<Object[]> belongs;

    private RowTriggers(ExecContext ctx, Table table, int event, String op, List<Trigger> triggers) {
        this.ctx = ctx;
        this.table = table;
        this.event = event;
        this.op = op;
        this.triggers = triggers;
    }

    /** The triggers for {@code event} (a {@code Trigger.TYPE_*} bit), or null when none fire; fires BEFORE STATEMENT. */
    public static RowTriggers open(ExecContext ctx, Table table, int event) {
        if (ctx.services() == null) {
            return null;
        }
        List<Trigger> found = new ArrayList<>();
        for (Trigger t : ctx.services().triggers(table.oid())) {
            if (t.on(event) && (t.enabled() == 'O' || t.enabled() == 'A')) {
                found.add(t);
            }
        }
        if (found.isEmpty()) {
            return null;
        }
        String op = event == Trigger.TYPE_INSERT ? "INSERT" : event == Trigger.TYPE_UPDATE ? "UPDATE" : "DELETE";
        RowTriggers rt = new RowTriggers(ctx, table, event, op, found);
        for (Trigger t : found) {
            if (t.before() && !t.row()) {
                rt.fire(t, "BEFORE", "STATEMENT", null, null);
            }
        }
        return rt;
    }

    /**
     * The row-level triggers for {@code event} on a leaf partition written through its
     * partitioned table, or null when none fire; statement-level ones are the partitioned
     * table's, so none fire here.
     */
    static RowTriggers openRows(ExecContext ctx, Table table, int event) {
        if (ctx.services() == null) {
            return null;
        }
        List<Trigger> found = new ArrayList<>();
        for (Trigger t : ctx.services().triggers(table.oid())) {
            if (t.row() && t.on(event) && (t.enabled() == 'O' || t.enabled() == 'A')) {
                found.add(t);
            }
        }
        if (found.isEmpty()) {
            return null;
        }
        String op = event == Trigger.TYPE_INSERT ? "INSERT" : event == Trigger.TYPE_UPDATE ? "UPDATE" : "DELETE";
        return new RowTriggers(ctx, table, event, op, found);
    }

    /**
     * BEFORE ROW triggers: returns the row to write ({@code newRow} or what the functions made of
     * it), or null when one returned NULL. For DELETE, {@code newRow} is null and a non-null
     * result means go ahead.
     */
    public Object[] beforeRow(Object[] oldRow, Object[] newRow) {
        Object[] current = newRow;
        for (Trigger t : triggers) {
            if (!t.before() || !t.row() || !columnsChanged(t, oldRow, current)) {
                continue;
            }
            Object[] out = fire(t, "BEFORE", "ROW", current, oldRow);
            if (out == null) {
                return null;
            }
            if (newRow != null) {
                if (belongs != null && t.isClone() && oldRow == null) {
                    checkStaysIn(t, out);
                }
                current = out;
            }
        }
        return current != null ? current : oldRow;
    }

    /**
     * Locks the row version BEFORE ROW UPDATE / DELETE triggers will see (trigger.c's
     * GetTupleForTrigger), reporting outcomes as {@code TableWriter.claim} does; under REPEATABLE
     * READ a committed concurrent change fails with 40001 worded "update" or "delete" as it was.
     */
    static LockResult lockForTrigger(ExecContext ctx, Table table, long tid, dev.olifant.lock.RowLockMode mode) {
        RowLocking.Outcome o;
        try {
            o = RowLocking.lock(ctx, table, tid, mode, dev.olifant.sql.ast.LockWaitPolicy.BLOCK);
        } catch (dev.olifant.error.PgException e) {
            var t = table.storage().heap().fetch(tid);
            if (e.state() == dev.olifant.error.SqlState.SERIALIZATION_FAILURE && t != null && !t.lockOnly()
                    && t.next() == dev.olifant.storage.TupleVersion.NO_NEXT) {
                throw new dev.olifant.error.PgException(dev.olifant.error.SqlState.SERIALIZATION_FAILURE,
                        "could not serialize access due to concurrent delete");
            }
            throw e;
        }
        return switch (o) {
            case LOCKED, SKIPPED -> LockResult.OK;
            case SELF_UPDATED -> LockResult.SELF_UPDATED;
            case UPDATED, DELETED -> LockResult.UPDATED;
        };
    }

    /**
     * Rows reach this leaf routed from {@code root}: a cloned BEFORE ROW INSERT trigger may not
     * change a row so that it belongs to another partition (trigger.c's ExecBRInsertTriggers).
     */
    void staysIn(PartitionRouting routing, Table root) {
        this.belongs = row -> {
            Table leaf = routing.leafFor(PartitionRouting.convert(table, root, row));
            return leaf != null && leaf.oid() == table.oid();
        };
    }

    /** As {@link #staysIn(PartitionRouting, Table)}, for rows inserted into the partition itself. */
    void staysIn(TableTarget target) {
        if (target.partitionCheck() != null) {
            this.belongs = row -> target.partitionCheck().accepts(table, row);
        }
    }

    private void checkStaysIn(Trigger t, Object[] row) {
        if (!belongs.test(row)) {
            var catalog = ctx.services().systemContext().catalog();
            throw new dev.olifant.error.PgException(dev.olifant.error.SqlState.FEATURE_NOT_SUPPORTED,
                    "moving row to another partition during a BEFORE FOR EACH ROW trigger is not supported")
                    .withDetail("Before executing trigger \"" + t.name() + "\", the row was to be in partition \""
                            + catalog.namespace(table.namespaceOid()).name() + "." + table.name() + "\".");
        }
    }

    /** Whether BEFORE ROW triggers are among them. */
    public boolean hasBeforeRow() {
        for (Trigger t : triggers) {
            if (t.before() && t.row()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Sends AFTER ROW events to {@code queue}, which the statement fires in the order rows were
     * written when it ends (one statement writing several tables or events, as PostgreSQL's
     * after-trigger queue does).
     */
    void queueInto(List<Runnable> queue) {
        this.sharedQueue = queue::add;
    }

    /**
     * As {@link #queueInto(List)}, to the queue foreign key events share ({@link ActionTriggers}):
     * there a row's AFTER ROW triggers whose names sort before PostgreSQL's RI trigger names fire
     * before the row's key events ({@link #afterRowBeforeKeys}), the others after them.
     */
    void queueInto(java.util.function.Consumer<Runnable> queue) {
        this.sharedQueue = queue;
        this.keyEventsBetween = true;
    }

    /** PostgreSQL fires a row's triggers in name order; its RI triggers are named so. */
    private static final String RI_TRIGGER_PREFIX = "RI_ConstraintTrigger_";

    private static boolean beforeKeys(Trigger t) {
        return t.name().compareTo(RI_TRIGGER_PREFIX) < 0;
    }

    /**
     * Queues the AFTER ROW triggers of a written row that fire before its foreign key events;
     * call before reporting the row to the foreign keys, then {@link #afterRow}.
     */
    public void afterRowBeforeKeys(Object[] oldRow, Object[] newRow) {
        if (!keyEventsBetween) {
            return;
        }
        for (Trigger t : triggers) {
            if (t.after() && t.row() && beforeKeys(t)) {
                sharedQueue.accept(() -> fireAfterRow(oldRow, newRow, Boolean.TRUE));
                return;
            }
        }
    }

    /** Queues the AFTER ROW triggers for a written row. */
    public void afterRow(Object[] oldRow, Object[] newRow) {
        for (Trigger t : triggers) {
            if (t.after() && t.row() && !(keyEventsBetween && beforeKeys(t))) {
                if (sharedQueue != null) {
                    Boolean part = keyEventsBetween ? Boolean.FALSE : null;
                    sharedQueue.accept(() -> fireAfterRow(oldRow, newRow, part));
                } else {
                    afterRows.add(new Object[][] {oldRow, newRow});
                }
                return;
            }
        }
    }

    /** Fires AFTER ROW triggers: all ({@code early} null), or those before or after the key events. */
    private void fireAfterRow(Object[] oldRow, Object[] newRow, Boolean early) {
        for (Trigger t : triggers) {
            if (t.after() && t.row() && (early == null || early == beforeKeys(t)) && columnsChanged(t, oldRow, newRow)) {
                fire(t, "AFTER", "ROW", newRow, oldRow);
            }
        }
    }

    /** At the statement's end: the queued AFTER ROW triggers, then AFTER STATEMENT. */
    public void finish() {
        for (Object[][] rows : afterRows) {
            fireAfterRow(rows[0], rows[1], null);
        }
        afterRows.clear();
        afterStatement();
    }

    /** Whether AFTER STATEMENT triggers are among them. */
    boolean hasAfterStatement() {
        for (Trigger t : triggers) {
            if (t.after() && !t.row()) {
                return true;
            }
        }
        return false;
    }

    /** Fires the AFTER STATEMENT triggers. */
    void afterStatement() {
        for (Trigger t : triggers) {
            if (t.after() && !t.row()) {
                fire(t, "AFTER", "STATEMENT", null, null);
            }
        }
    }

    private boolean columnsChanged(Trigger t, Object[] oldRow, Object[] newRow) {
        if (event != Trigger.TYPE_UPDATE || t.columns().isEmpty() || oldRow == null || newRow == null) {
            return true;
        }
        for (int attnum : t.columns()) {
            if (!java.util.Objects.deepEquals(oldRow[attnum - 1], newRow[attnum - 1])) {
                return true;
            }
        }
        return false;
    }

    private Object[] fire(Trigger t, String when, String level, Object[] newRow, Object[] oldRow) {
        TriggerCall call = new TriggerCall(t, table, when, level, op, newRow, oldRow);
        if (t.when() != null && !ctx.services().triggerCondition(call)) {
            return level.equals("ROW") ? (newRow != null ? newRow : oldRow) : null;
        }
        return ctx.services().callTrigger(call);
    }
}
