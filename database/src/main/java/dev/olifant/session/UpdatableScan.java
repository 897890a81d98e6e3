package dev.olifant.session;

import dev.olifant.catalog.Table;
import dev.olifant.exec.ExecContext;
import dev.olifant.exec.dml.LockRows;
import dev.olifant.exec.plan.Filter;
import dev.olifant.exec.plan.IndexScan;
import dev.olifant.exec.plan.Limit;
import dev.olifant.exec.plan.PlanNode;
import dev.olifant.exec.plan.Project;
import dev.olifant.exec.plan.RowSource;
import dev.olifant.exec.plan.SeqScan;
import java.util.List;

/**
 * What {@code WHERE CURRENT OF} needs from a cursor: the tuple id of the table row its current
 * row came from. PostgreSQL finds it in the cursor's scan of that table when the plan is a
 * "simply updatable scan" (search_plan_tree): a scan under projections, filters, LIMIT and row
 * locking only, each row of the cursor coming from the row the scan returned last. Such a plan is
 * rebuilt here with a {@link Tap} over the scan that records the tuple id of every row it returns.
 * A cursor FOR UPDATE / SHARE of one table (PostgreSQL's row mark) is tapped above its row locking
 * instead, whose rows carry the locked row's tuple id whatever the plan below (sorts, joins).
 */
final class UpdatableScan {
    private UpdatableScan() {
    }

    /** The tuple id of the row the scan returned last. */
    static final class Probe {
        final Table table;
        long tid = -1;

        Probe(Table table) {
            this.table = table;
        }
    }

    /** The plan with its scan tapped, and the probe the tap writes; null when the plan is no simple scan. */
    record Tapped(PlanNode plan, Probe probe) {
    }

    static Tapped tap(PlanNode plan) {
        Probe[] probe = new Probe[1];
        PlanNode rebuilt = rebuild(plan, probe);
        return rebuilt == null ? null : new Tapped(rebuilt, probe[0]);
    }

    private static PlanNode rebuild(PlanNode node, Probe[] probe) {
        return switch (node) {
            case Project p -> wrap(rebuild(p.input(), probe), in -> new Project(in, p.outputs()));
            case Filter f -> wrap(rebuild(f.input(), probe), in -> new Filter(in, f.qual()));
            case Limit l -> wrap(rebuild(l.input(), probe), in -> new Limit(in, l.limit(), l.offset()));
            case LockRows r when r.targets().size() == 1 -> {
                LockRows.Target t = r.targets().get(0);
                probe[0] = new Probe(t.table());
                yield new Tap(r, r.fromOffset() + t.segmentOffset() + t.table().columns().size(), probe[0]);
            }
            case LockRows r -> wrap(rebuild(r.source(), probe),
                    in -> new LockRows(in, r.targets(), r.fromOffset(), r.fromWidth(), r.outputs(), r.recheck()));
            case SeqScan s -> scan(s, s.table(), s.offset(), probe);
            case IndexScan s -> scan(s, s.table(), s.offset(), probe);
            default -> null;
        };
    }

    private static PlanNode wrap(PlanNode input, java.util.function.UnaryOperator<PlanNode> make) {
        return input == null ? null : make.apply(input);
    }

    private static PlanNode scan(PlanNode scan, Table table, int offset, Probe[] probe) {
        probe[0] = new Probe(table);
        return new Tap(scan, offset + table.columns().size(), probe[0]);
    }

    /** Passes its scan's rows through, noting the tuple id of each. */
    record Tap(PlanNode scan, int tidSlot, Probe probe) implements PlanNode {
        @Override
        public RowSource open(ExecContext ctx) {
            RowSource in = scan.open(ctx);
            return new RowSource() {
                @Override
                public Object[] next() {
                    Object[] row = in.next();
                    probe.tid = row != null && row[tidSlot] instanceof Long tid ? tid : -1;
                    return row;
                }

                @Override
                public void close() {
                    in.close();
                }
            };
        }

        @Override
        public int width() {
            return scan.width();
        }

        @Override
        public String explainTitle() {
            return scan.explainTitle();
        }

        @Override
        public List<PlanNode> children() {
            return List.of(scan);
        }

        @Override
        public double estimatedRows() {
            return scan.estimatedRows();
        }
    }
}
