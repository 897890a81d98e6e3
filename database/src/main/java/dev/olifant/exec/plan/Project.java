package dev.olifant.exec.plan;

import dev.olifant.exec.ExecContext;
import dev.olifant.exec.expr.Expression;
import java.util.List;

/** Computes the output columns from each input row. Explained as part of its input, as in PostgreSQL. */
public record Project(PlanNode input, Expression[] outputs) implements PlanNode {

    @Override
    public RowSource open(ExecContext ctx) {
        RowSource in = input.open(ctx);
        return new RowSource() {
            @Override
            public Object[] next() {
                Object[] row = in.next();
                if (row == null) {
                    return null;
                }
                Object[] out = new Object[outputs.length];
                for (int i = 0; i < outputs.length; i++) {
                    out[i] = outputs[i].eval(row, ctx);
                }
                return out;
            }

            @Override
            public void close() {
                in.close();
            }
        };
    }

    @Override
    public int width() {
        return outputs.length;
    }

    @Override
    public String explainTitle() {
        return null;
    }

    @Override
    public List<PlanNode> children() {
        return List.of(input);
    }

    @Override
    public double estimatedRows() {
        return input.estimatedRows();
    }
}
