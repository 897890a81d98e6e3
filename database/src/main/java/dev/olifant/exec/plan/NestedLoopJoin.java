package dev.olifant.exec.plan;

import dev.olifant.exec.ExecContext;
import dev.olifant.exec.expr.Expression;
import dev.olifant.exec.expr.ExpressionText;
import java.util.ArrayList;
import java.util.List;

/**
 * Nested loop join over a materialised inner side. Both sides produce rows of the query level's
 * full width; a joined row is the outer row with the inner side's segment [innerStart, innerEnd)
 * copied in, and the missing side of an outer join stays NULL.
 */
public record NestedLoopJoin(PlanNode outer, PlanNode inner, Expression condition, JoinKind kind, int width,
        int[] innerRuns, String conditionText)
        implements NestedLoopNode {

    /** A join whose inner side occupies the one run of slots [innerStart, innerEnd). */
    public NestedLoopJoin(PlanNode outer, PlanNode inner, Expression condition, JoinKind kind, int width,
            int innerStart, int innerEnd) {
        this(outer, inner, condition, kind, width, new int[] {innerStart, innerEnd},
                condition == null ? null : ExpressionText.of(condition));
    }

    @Override
    public RowSource open(ExecContext ctx) {
        List<Object[]> innerRows = new ArrayList<>();
        try (RowSource in = inner.open(ctx)) {
            Object[] r;
            while ((r = in.next()) != null) {
                innerRows.add(r);
            }
        }
        RowSource out = outer.open(ctx);
        return new JoinSource(out, condition, kind, ctx, width, innerRuns) {
            @Override
            List<Object[]> candidates(Object[] outerRow) {
                return innerRows;
            }

            @Override
            List<Object[]> allInner() {
                return innerRows;
            }
        };
    }

    @Override
    public double estimatedRows() {
        return Math.max(outer.estimatedRows(), inner.estimatedRows());
    }
}
