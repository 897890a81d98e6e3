package dev.olifant.exec.plan;

import dev.olifant.exec.ExecContext;
import dev.olifant.exec.expr.Const;
import dev.olifant.exec.expr.Expression;
import java.util.ArrayList;
import java.util.List;

/**
 * Nested loop whose inner side is an index scan parameterised by the outer row (PostgreSQL's
 * nested loop with a NestLoopParam): for each outer row the scan's equality keys, which may read
 * the outer row's slots, are evaluated against it and the index is looked up with those values,
 * so only matching inner rows are fetched. The inner side is never materialised, so only joins
 * that need no unmatched inner rows are planned this way (inner, left, semi, anti).
 *
 * @param inner     an {@link IndexScan} (or its instrumented copy); its {@code equalKeys} are evaluated against
 *                  the outer row
 * @param innerRuns the inner side's slots as [start, end) pairs
 */
public record ParamNestedLoop(PlanNode outer, PlanNode inner, Expression condition, String conditionText,
        JoinKind kind, int width, int[] innerRuns, double estimatedRows) implements NestedLoopNode {

    public ParamNestedLoop {
        scan(inner);
        if (kind == JoinKind.RIGHT || kind == JoinKind.FULL) {
            throw new IllegalArgumentException("a parameterised nested loop cannot run a " + kind + " join");
        }
    }

    @Override
    public RowSource open(ExecContext ctx) {
        RowSource out = outer.open(ctx);
        IndexScan scan = scan(inner);
        Expression[] keys = scan.equalKeys();
        return new JoinSource(out, condition, kind, ctx, width, innerRuns) {
            @Override
            List<Object[]> candidates(Object[] outerRow) {
                Expression[] values = new Expression[keys.length];
                for (int i = 0; i < keys.length; i++) {
                    values[i] = new Const(keys[i].eval(outerRow, ctx), keys[i].type(), keys[i].typmod());
                }
                List<Object[]> rows = new ArrayList<>();
                PlanNode lookup = scan.withEqualKeys(values);
                if (inner instanceof Instrumentation.Instrumented i) {
                    lookup = new Instrumentation.Instrumented(lookup, i.original(), i.stats());
                }
                try (RowSource in = lookup.open(ctx)) {
                    Object[] r;
                    while ((r = in.next()) != null) {
                        rows.add(r);
                    }
                }
                return rows;
            }

            @Override
            List<Object[]> allInner() {
                return List.of();
            }
        };
    }

    private static IndexScan scan(PlanNode p) {
        return p instanceof Instrumentation.Instrumented i ? scan(i.original()) : (IndexScan) p;
    }
}
