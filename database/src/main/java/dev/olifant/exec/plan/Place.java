package dev.olifant.exec.plan;

import dev.olifant.exec.ExecContext;
import java.util.List;

/** Places the rows of a self-contained plan (a subquery in FROM) at an offset of a wider FROM row. */
public record Place(PlanNode input, int offset, int width, String alias) implements PlanNode {

    @Override
    public RowSource open(ExecContext ctx) {
        RowSource in = input.open(ctx);
        return new RowSource() {
            @Override
            public Object[] next() {
                Object[] r = in.next();
                if (r == null) {
                    return null;
                }
                Object[] out = new Object[width];
                System.arraycopy(r, 0, out, offset, r.length);
                return out;
            }

            @Override
            public void close() {
                in.close();
            }
        };
    }

    @Override
    public String explainTitle() {
        return "Subquery Scan on " + alias;
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
