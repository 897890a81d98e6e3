package dev.olifant.exec.dml;

import dev.olifant.exec.ExecContext;
import dev.olifant.exec.expr.Expression;
import dev.olifant.exec.plan.PlanNode;
import dev.olifant.exec.plan.RowSource;
import dev.olifant.exec.plan.Rows;
import dev.olifant.exec.plan.TableSlots;
import dev.olifant.lock.RowLockMode;
import dev.olifant.storage.TupleVersion;
import java.util.ArrayList;
import java.util.List;

/**
 * UPDATE and DELETE: for each row the source finds, claim the version and write its replacement
 * (UPDATE) or leave it deleted (DELETE).
 *
 * <p>When a concurrent transaction committed a change to a row first, READ COMMITTED does what
 * PostgreSQL's EvalPlanQual does: take the newest version, check the WHERE condition again on the
 * source row with the target's segment replaced by it (rows joined from other tables stay as they
 * were), and proceed with it if it still qualifies.
 *
 * @param tableOffset where the target table's segment starts in source rows
 * @param newValues   UPDATE: one expression per attnum over the source row; null for DELETE
 * @param recheck     the WHERE condition over the whole source row, for re-checking a newer
 *                    version; null when there is none
 */
public record UpdateNode(TableTarget target, PlanNode source, int tableOffset, Expression[] newValues,
        Expression[] returning, Expression recheck) implements PlanNode {

    @Override
    public RowSource open(ExecContext ctx) {
        if (target.routing() != null || InheritedRows.readsChildren(source, target.table())) {
            return new PartitionedModify(this, ctx).run(rowLockMode());
        }
        TableWriter w = new TableWriter(target, ctx);
        ForeignKeys fks = ForeignKeys.open(ctx, target.table());
        List<Object[]> out = new ArrayList<>();
        long n = 0;
        int ncols = target.table().columns().size();
        RowLockMode mode = rowLockMode();
        int event = newValues == null ? dev.olifant.catalog.Trigger.TYPE_DELETE : dev.olifant.catalog.Trigger.TYPE_UPDATE;
        RowTriggers triggers = RowTriggers.open(ctx, target.table(), event);
        if (fks != null && triggers != null) {
            // AFTER triggers share the foreign keys' queue, interleaved with the actions' events
            fks.adopt(target.table(), event, triggers);
        }
        try (RowSource in = source.open(ctx)) {
            Object[] row;
            while ((row = in.next()) != null) {
                ctx.checkInterruptsCheaply();
                long tid = (Long) row[tableOffset + ncols];
                Object[] triggered = null;
                boolean lockFirst = triggers != null && triggers.hasBeforeRow();
                while (true) {
                    // with BEFORE ROW triggers the row is locked first and claimed after they ran
                    // (PostgreSQL's GetTupleForTrigger): claiming marks it deleted
                    LockResult r = lockFirst ? lock(ctx, tid, mode) : w.claim(tid, TupleVersion.NO_NEXT, mode);
                    if (r == LockResult.SELF_UPDATED) {
                        row = null;
                        break;
                    }
                    if (r == LockResult.OK) {
                        if (!lockFirst) {
                            break;
                        }
                        triggered = beforeRow(triggers, row, ncols, ctx);
                        if (triggered == null) {
                            row = null;
                            break;
                        }
                        lockFirst = false;
                        continue;
                    }
                    long newest = w.newestVersion(tid);
                    if (newest < 0) {
                        row = null;
                        break;
                    }
                    TupleVersion t = w.heap().fetch(newest);
                    Object[] newer = TableSlots.row(target.table(), t, newest, tableOffset, row.length);
                    row = row.clone();
                    System.arraycopy(newer, tableOffset, row, tableOffset, ncols + 1);
                    if (!Rows.passes(recheck, row, ctx)) {
                        row = null;
                        break;
                    }
                    tid = newest;
                }
                if (row == null) {
                    continue;
                }
                Object[] oldValues = fks == null && triggers == null ? null
                        : java.util.Arrays.copyOfRange(row, tableOffset, tableOffset + ncols);
                if (newValues == null) {
                    n++;
                    if (triggers != null) {
                        triggers.afterRowBeforeKeys(oldValues, null);
                    }
                    if (fks != null) {
                        fks.deleted(target.table(), oldValues);
                    }
                    if (triggers != null) {
                        triggers.afterRow(oldValues, null);
                    }
                    Returning.collect(returning, row, ctx, out);
                    continue;
                }
                Object[] values = new Object[ncols];
                for (int i = 0; i < ncols; i++) {
                    values[i] = newValues[i].eval(row, ctx);
                }
                if (triggered != null) {
                    values = triggered;
                }
                n++;
                w.checkRow(values);
                long newTid = w.insertReplacement(values, tid);
                if (triggers != null) {
                    triggers.afterRowBeforeKeys(oldValues, values);
                }
                if (fks != null) {
                    fks.updated(target.table(), oldValues, values, newTid);
                }
                if (triggers != null) {
                    triggers.afterRow(oldValues, values);
                }
                if (returning != null) {
                    Object[] after = row.clone();
                    System.arraycopy(values, 0, after, tableOffset, ncols);
                    after[tableOffset + ncols] = newTid;
                    Returning.collect(returning, after, ctx, out);
                }
            }
        }
        w.finish();
        if (fks != null) {
            fks.finish();
        } else if (triggers != null) {
            triggers.finish();
        }
        return new ModifyResult(out, n);
    }

    /** Locks a row version as its claim would (for BEFORE ROW triggers), with claim's outcomes. */
    private LockResult lock(ExecContext ctx, long tid, RowLockMode mode) {
        return RowTriggers.lockForTrigger(ctx, target.table(), tid, mode);
    }

    /** The BEFORE ROW triggers' verdict on a source row: the new values (the old ones for DELETE), or null to skip it. */
    private Object[] beforeRow(RowTriggers triggers, Object[] row, int ncols, ExecContext ctx) {
        Object[] old = java.util.Arrays.copyOfRange(row, tableOffset, tableOffset + ncols);
        if (newValues == null) {
            return triggers.beforeRow(old, null);
        }
        Object[] values = new Object[ncols];
        for (int i = 0; i < ncols; i++) {
            values[i] = newValues[i].eval(row, ctx);
        }
        return triggers.beforeRow(old, values);
    }

    /**
     * The row lock the statement takes on each row: FOR UPDATE for DELETE and for an UPDATE that
     * may change a column of a unique index (a key a foreign key could reference), FOR NO KEY
     * UPDATE for one that assigns every key column its own value.
     */
    private RowLockMode rowLockMode() {
        if (newValues == null) {
            return RowLockMode.UPDATE;
        }
        for (TableTarget.IndexTarget ix : target.indexes()) {
            if (!ix.index().unique()) {
                continue;
            }
            for (int attnum : ix.attnums()) {
                if (attnum > 0 && !(newValues[attnum - 1] instanceof dev.olifant.exec.expr.Slot s
                        && s.index() == tableOffset + attnum - 1)) {
                    return RowLockMode.UPDATE;
                }
            }
        }
        return RowLockMode.NO_KEY_UPDATE;
    }

    @Override
    public int width() {
        return returning == null ? 0 : returning.length;
    }

    @Override
    public String explainTitle() {
        return (newValues == null ? "Delete on " : "Update on ") + target.table().name();
    }

    @Override
    public List<PlanNode> children() {
        return List.of(source);
    }
}
