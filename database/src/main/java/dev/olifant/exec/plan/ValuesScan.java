package dev.olifant.exec.plan;

import dev.olifant.exec.ExecContext;
import dev.olifant.exec.expr.Expression;
import java.util.List;

/** A VALUES list: each row's expressions evaluated when it is reached. */
public record ValuesScan(List<Expression[]> rows, int width) implements PlanNode {

    @Override
    public RowSource open(ExecContext ctx) {
        return new RowSource() {
            int i;

            @Override
            public Object[] next() {
                if (i >= rows.size()) {
                    return null;
                }
                Expression[] exprs = rows.get(i++);
                Object[] out = new Object[exprs.length];
                for (int c = 0; c < exprs.length; c++) {
                    out[c] = exprs[c].eval(null, ctx);
                }
                return out;
            }
        };
    }

    @Override
    public String explainTitle() {
        // PostgreSQL plans a single-row VALUES as a Result node
        return rows.size() == 1 ? "Result" : "Values Scan on \"*VALUES*\"";
    }

    @Override
    public List<PlanNode> children() {
        return List.of();
    }

    @Override
    public double estimatedRows() {
        return rows.size();
    }
}
