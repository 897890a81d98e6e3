package dev.olifant.exec.dml;

import dev.olifant.catalog.Table;
import dev.olifant.catalog.Trigger;
import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.exec.ExecContext;
import dev.olifant.exec.expr.Expression;
import dev.olifant.exec.plan.LeafTid;
import dev.olifant.exec.plan.PlanNode;
import dev.olifant.exec.plan.RowSource;
import dev.olifant.exec.plan.Rows;
import dev.olifant.lock.RowLockMode;
import dev.olifant.storage.TupleVersion;
import java.util.ArrayList;
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
 * matched; when it was moved to another partition, 40001. A target row that this command already
 * changed cannot be changed again (21000).
 *
 * <p>A partitioned target is read through its leaves (the tuple id slot is a {@link LeafTid}):
 * inserted rows are routed to their leaf, and an update whose new values belong to another
 * partition moves the row there, as UPDATE does ({@link PartitionedModify}).
 *
 * <p>Triggers: BEFORE STATEMENT triggers of each action type the command has (INSERT, UPDATE,
 * DELETE, in that order) fire when it starts, AFTER STATEMENT ones (DELETE, UPDATE, INSERT) when
 * it ends; each row an action writes fires the row triggers of that action, BEFORE ROW ones on
 * the locked row, after a concurrent update was re-checked (ExecMergeMatched's loop).
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
        Run run = new Run(ctx);
        List<RowTriggers> statement = new ArrayList<>();
        List<Integer> events = new ArrayList<>();
        for (Kind k : List.of(Kind.INSERT, Kind.UPDATE, Kind.DELETE)) {
            if (has(k)) {
                RowTriggers t = RowTriggers.open(ctx, target.table(), event(k));
                if (t != null) {
                    statement.add(0, t);
                    events.add(0, event(k));
                }
            }
        }
        // AFTER STATEMENT (DELETE's, UPDATE's, INSERT's) joins the statement's after-trigger
        // queue behind the rows' events, before what the foreign key actions queue
        for (int i = 0; i < statement.size(); i++) {
            run.leaves.adopt(target.table(), events.get(i), statement.get(i));
        }
        long n = 0;
        int ncols = target.table().columns().size();
        try (RowSource in = source.open(ctx)) {
            Object[] row;
            while ((row = in.next()) != null) {
                ctx.checkInterruptsCheaply();
                Object tid = row[tableOffset + ncols];
                Outcome o;
                if (tid == null) {
                    o = Outcome.NOT_MATCHED;
                } else if (tid instanceof LeafTid lt) {
                    o = run.merged(run.leaves.leaf(lt.leaf()), lt.tid(), row.clone());
                } else {
                    o = run.merged(run.leaves.plain(target), (Long) tid, row.clone());
                }
                if (o == Outcome.CHANGED || o == Outcome.NOT_MATCHED && run.insertIfNotMatched(row)) {
                    n++;
                }
            }
        }
        run.leaves.finish();
        return new ModifyResult(List.of(), n);
    }

    private boolean has(Kind k) {
        return matched.stream().anyMatch(a -> a.kind() == k) || notMatched.stream().anyMatch(a -> a.kind() == k);
    }

    private static int event(Kind k) {
        return switch (k) {
            case INSERT -> Trigger.TYPE_INSERT;
            case DELETE -> Trigger.TYPE_DELETE;
            default -> Trigger.TYPE_UPDATE;
        };
    }

    /** What became of a joined source row. */
    private enum Outcome {
        /** A WHEN MATCHED clause updated or deleted the target row. */
        CHANGED,
        /** Still matched, but no WHEN MATCHED clause acted (or a BEFORE ROW trigger skipped it). */
        UNCHANGED,
        /** The target row was deleted or no longer joins: the WHEN NOT MATCHED clauses apply. */
        NOT_MATCHED
    }

    /** One execution's state. */
    private final class Run {
        final ExecContext ctx;
        final LeafWriters leaves;
        final Table root = target.table();
        final int ncols = root.columns().size();

        Run(ExecContext ctx) {
            this.ctx = ctx;
            this.leaves = new LeafWriters(ctx);
            if (target.routing() != null) {
                leaves.routedFrom(target.routing(), root);
            }
        }

        private PartitionRouting.Routed route(Object[] values) {
            return target.routing() == null ? new PartitionRouting.Routed(root, values)
                    : target.routing().route(values, ctx.settings(), ctx.regLookup());
        }

        private Object[] eval(Action a, Object[] row) {
            Object[] values = new Object[ncols];
            for (int i = 0; i < ncols; i++) {
                values[i] = a.values()[i].eval(row, ctx);
            }
            return values;
        }

        /** Runs the WHEN MATCHED clauses for a joined row ({@code row} is this call's own copy). */
        Outcome merged(LeafWriters.Leaf leaf, long tid, Object[] row) {
            while (true) {
                Action a = first(matched, row, ctx);
                if (a == null || a.kind() == Kind.DO_NOTHING) {
                    return Outcome.UNCHANGED;
                }
                boolean update = a.kind() == Kind.UPDATE;
                int event = update ? Trigger.TYPE_UPDATE : Trigger.TYPE_DELETE;
                Object[] values = update ? eval(a, row) : null;
                PartitionRouting.Routed routed = update ? route(values) : null;
                boolean moving = update && routed.leaf().oid() != leaf.table.oid();
                boolean lockFirst = leaf.hasBeforeRow(event) || moving && leaf.hasBeforeRow(Trigger.TYPE_DELETE);
                RowLockMode mode = moving ? RowLockMode.UPDATE : a.lockMode();
                LockResult r = lockFirst ? RowTriggers.lockForTrigger(ctx, leaf.table, tid, mode)
                        : leaf.writer.claim(tid, moving ? TupleVersion.MOVED : TupleVersion.NO_NEXT, mode);
                if (r == LockResult.SELF_UPDATED) {
                    throw new PgException(SqlState.CARDINALITY_VIOLATION,
                            "MERGE command cannot affect row a second time")
                            .withHint("Ensure that not more than one source row matches any one target row.");
                }
                if (r == LockResult.OK) {
                    Object[] old = leaf.stored(tid);
                    if (lockFirst) {
                        // BEFORE ROW triggers see the locked row; the claim follows them
                        RowTriggers before = leaf.rows(event);
                        if (before != null && before.hasBeforeRow()) {
                            Object[] result = before.beforeRow(old,
                                    update ? PartitionRouting.convert(root, leaf.table, values) : null);
                            if (result == null) {
                                return Outcome.UNCHANGED;
                            }
                            if (update) {
                                values = PartitionRouting.convert(leaf.table, root, result);
                                routed = route(values);
                                moving = routed.leaf().oid() != leaf.table.oid();
                            }
                        }
                        RowTriggers deletes = leaf.rows(Trigger.TYPE_DELETE);
                        if (moving && deletes != null && deletes.beforeRow(old, null) == null) {
                            return Outcome.UNCHANGED;
                        }
                        leaf.writer.claim(tid, moving ? TupleVersion.MOVED : TupleVersion.NO_NEXT,
                                moving ? RowLockMode.UPDATE : mode);
                    }
                    write(leaf, tid, old, routed, moving);
                    return Outcome.CHANGED;
                }
                long newest = leaf.writer.newestVersion(tid);
                if (newest < 0) {
                    return Outcome.NOT_MATCHED;
                }
                Object[] current = PartitionRouting.convert(leaf.table, root, leaf.stored(newest));
                System.arraycopy(current, 0, row, tableOffset, ncols);
                row[tableOffset + ncols] = target.routing() == null ? (Object) newest : new LeafTid(leaf.table, newest);
                if (!Rows.passes(joinRecheck, row, ctx)) {
                    return Outcome.NOT_MATCHED;
                }
                tid = newest;
            }
        }

        /** Writes a claimed row: deleted ({@code routed} null), updated in its leaf, or moved to another one. */
        private void write(LeafWriters.Leaf leaf, long tid, Object[] old, PartitionRouting.Routed routed,
                boolean moving) {
            if (routed == null || moving) {
                leaf.deleted(old);
                if (moving) {
                    leaves.insert(routed);
                }
                return;
            }
            leaf.replace(tid, old, routed.values());
        }

        /** Runs the WHEN NOT MATCHED clauses for a source row; true when one inserted a row. */
        boolean insertIfNotMatched(Object[] row) {
            Action a = first(notMatched, row, ctx);
            if (a == null || a.kind() == Kind.DO_NOTHING) {
                return false;
            }
            Object[] values = eval(a, row);
            if (target.routing() == null) {
                leaves.plain(target);
            }
            return leaves.insert(route(values)) >= 0;
        }
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
