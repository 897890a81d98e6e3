package dev.olifant.exec.dml;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.exec.ExecContext;
import dev.olifant.exec.expr.Expression;
import dev.olifant.exec.plan.PlanNode;
import dev.olifant.exec.plan.RowSource;
import dev.olifant.exec.plan.Rows;
import dev.olifant.exec.plan.TableSlots;
import dev.olifant.lock.RowLockMode;
import dev.olifant.storage.TupleVersion;
import java.util.Arrays;
import java.util.List;

/**
 * MERGE: the source rows outer-joined to the target table ({@code source}); a row whose target
 * segment is empty (no tuple id) runs the first WHEN NOT MATCHED clause whose condition holds, a
 * joined row the first WHEN MATCHED one. The count is the rows inserted, updated and deleted.
 *
 * <p>READ COMMITTED, as PostgreSQL 15's ExecMergeMatched: when a concurrent transaction committed
 * an update of the matched row first, its newest version replaces the target segment, the join
 * condition is checked again, and if it still holds the WHEN MATCHED clauses are evaluated afresh
 * against it; when the row was deleted or no longer joins, the source row is treated as not
 * matched. A target row that this command already changed cannot be changed again (21000).
 *
 * @param tableOffset where the target table's segment (its attributes, then its tuple id) starts
 *     in source rows
 * @param joinRecheck the ON condition over the whole source row
 * @param matched the WHEN MATCHED actions in order
 * @param notMatched the WHEN NOT MATCHED actions in order
 */
public record MergeNode(TableTarget target, PlanNode source, int tableOffset, Expression joinRecheck,
        List<Action> matched, List<Action> notMatched) implements PlanNode {

    /** What a WHEN clause does. */
    public enum Kind { UPDATE, DELETE, INSERT, DO_NOTHING }

    /**
     * One WHEN clause.
     *
     * @param condition the AND condition over the source row, null when absent
     * @param values UPDATE and INSERT: one expression per attnum over the source row; null otherwise
     * @param lockMode the row lock UPDATE or DELETE takes on the target row
     */
    public record Action(Kind kind, Expression condition, Expression[] values, RowLockMode lockMode) {
    }

    @Override
    public RowSource open(ExecContext ctx) {
        TableWriter w = new TableWriter(target, ctx);
        ForeignKeys fks = ForeignKeys.open(ctx, target.table());
        long n = 0;
        int ncols = target.table().columns().size();
        try (RowSource in = source.open(ctx)) {
            Object[] row;
            while ((row = in.next()) != null) {
                ctx.checkInterruptsCheaply();
                Object tid = row[tableOffset + ncols];
                Outcome o = tid == null ? Outcome.NOT_MATCHED : merged(w, fks, row.clone(), (Long) tid, ctx);
                if (o == Outcome.CHANGED
                        || o == Outcome.NOT_MATCHED && insertIfNotMatched(w, fks, row, ctx)) {
                    n++;
                }
            }
        }
        w.finish();
        if (fks != null) {
            fks.finish();
        }
        return new ModifyResult(List.of(), n);
    }

    /** What became of a joined source row. */
    private enum Outcome {
        /** A WHEN MATCHED clause updated or deleted the target row. */
        CHANGED,
        /** Still matched, but no WHEN MATCHED clause acted. */
        UNCHANGED,
        /** The target row was deleted or no longer joins: the WHEN NOT MATCHED clauses apply. */
        NOT_MATCHED
    }

    /** Runs the WHEN MATCHED clauses for a joined row ({@code row} is this call's own copy). */
    private Outcome merged(TableWriter w, ForeignKeys fks, Object[] row, long tid, ExecContext ctx) {
        int ncols = target.table().columns().size();
        while (true) {
            Action a = first(matched, row, ctx);
            if (a == null || a.kind() == Kind.DO_NOTHING) {
                return Outcome.UNCHANGED;
            }
            LockResult r = w.claim(tid, TupleVersion.NO_NEXT, a.lockMode());
            if (r == LockResult.SELF_UPDATED) {
                throw new PgException(SqlState.CARDINALITY_VIOLATION,
                        "MERGE command cannot affect row a second time")
                        .withHint("Ensure that not more than one source row matches any one target row.");
            }
            if (r == LockResult.OK) {
                Object[] oldValues = Arrays.copyOfRange(row, tableOffset, tableOffset + ncols);
                if (a.kind() == Kind.DELETE) {
                    if (fks != null) {
                        fks.deleted(target.table(), oldValues);
                    }
                    return Outcome.CHANGED;
                }
                Object[] values = new Object[ncols];
                for (int i = 0; i < ncols; i++) {
                    values[i] = a.values()[i].eval(row, ctx);
                }
                w.checkRow(values);
                long newTid = w.insertReplacement(values, tid);
                if (fks != null) {
                    fks.updated(target.table(), oldValues, values, newTid);
                }
                return Outcome.CHANGED;
            }
            long newest = w.newestVersion(tid);
            if (newest < 0) {
                return Outcome.NOT_MATCHED;
            }
            TupleVersion t = w.heap().fetch(newest);
            Object[] newer = TableSlots.row(target.table(), t, newest, tableOffset, row.length);
            System.arraycopy(newer, tableOffset, row, tableOffset, ncols + 1);
            if (!Rows.passes(joinRecheck, row, ctx)) {
                return Outcome.NOT_MATCHED;
            }
            tid = newest;
        }
    }

    /** Runs the WHEN NOT MATCHED clauses for a source row; true when one inserted a row. */
    private boolean insertIfNotMatched(TableWriter w, ForeignKeys fks, Object[] row, ExecContext ctx) {
        Action a = first(notMatched, row, ctx);
        if (a == null || a.kind() == Kind.DO_NOTHING) {
            return false;
        }
        int ncols = target.table().columns().size();
        Object[] values = new Object[ncols];
        for (int i = 0; i < ncols; i++) {
            values[i] = a.values()[i].eval(row, ctx);
        }
        w.checkRow(values);
        long newTid = w.insert(values);
        if (fks != null) {
            fks.inserted(target.table(), newTid);
        }
        return true;
    }

    private static Action first(List<Action> actions, Object[] row, ExecContext ctx) {
        for (Action a : actions) {
            if (a.condition() == null || Rows.passes(a.condition(), row, ctx)) {
                return a;
            }
        }
        return null;
    }

    @Override
    public int width() {
        return 0;
    }

    @Override
    public String explainTitle() {
        return "Merge on " + target.table().name();
    }

    @Override
    public List<PlanNode> children() {
        return List.of(source);
    }
}
