package dev.olifant.exec.plan;

import dev.olifant.exec.ExecContext;
import dev.olifant.exec.expr.Expression;
import dev.olifant.exec.expr.ExpressionText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A nested loop whose inner side depends on the outer row (a LATERAL subquery or a function in
 * FROM reading earlier FROM items): for each outer row the inner plan runs again with that row
 * pushed as the enclosing row ({@link ExecContext#outerRow(int)} level 1), as a correlated
 * subquery would see it. INNER and LEFT joins only, as PostgreSQL allows.
 */
public record LateralJoin(PlanNode outer, PlanNode inner, Expression condition, JoinKind kind, int width,
        int innerStart, int innerEnd) implements PlanNode {

    @Override
    public RowSource open(ExecContext ctx) {
        return new JoinSource(outer.open(ctx), condition, kind, ctx, width, innerStart, innerEnd) {
            @Override
            List<Object[]> candidates(Object[] outerRow) {
                List<Object[]> rows = new ArrayList<>();
                ctx.pushOuter(outerRow);
                try (RowSource in = inner.open(ctx)) {
                    Object[] r;
                    while ((r = in.next()) != null) {
                        rows.add(r);
                    }
                } finally {
                    ctx.popOuter();
                }
                return rows;
            }

            @Override
            List<Object[]> allInner() {
                throw new IllegalStateException("a lateral join is INNER or LEFT");
            }
        };
    }

    @Override
    public String explainTitle() {
        return kind.nestedLoopTitle();
    }

    @Override
    public List<String> explainDetails() {
        return condition == null ? List.of() : List.of("Join Filter: " + ExpressionText.of(condition));
    }

    @Override
    public List<PlanNode> children() {
        return Arrays.asList(outer, inner);
    }

    @Override
    public double estimatedRows() {
        return outer.estimatedRows() * Math.max(1, inner.estimatedRows());
    }
}
