package dev.olifant.exec.plan;

import dev.olifant.exec.ExecContext;
import dev.olifant.exec.expr.Expression;
import dev.olifant.exec.expr.ExpressionText;
import java.util.List;

/** Keeps the input rows for which the qualification is true (PostgreSQL shows it as a Filter or a Result). */
public record Filter(PlanNode input, Expression qual) implements PlanNode {

    @Override
    public RowSource open(ExecContext ctx) {
        RowSource in = input.open(ctx);
        return new RowSource() {
            @Override
            public Object[] next() {
                Object[] row;
                while ((row = in.next()) != null) {
                    if (Rows.passes(qual, row, ctx)) {
                        return row;
                    }
                }
                return null;
            }

            @Override
            public void close() {
                in.close();
            }
        };
    }

    @Override
    public int width() {
        return input.width();
    }

    @Override
    public String explainTitle() {
        return "Result";
    }

    @Override
    public List<String> explainDetails() {
        return List.of("One-Time Filter: " + ExpressionText.of(qual));
    }

    @Override
    public List<PlanNode> children() {
        return List.of(input);
    }

    @Override
    public double estimatedRows() {
        return input.estimatedRows() / 3;
    }
}
