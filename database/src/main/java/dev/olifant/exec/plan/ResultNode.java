package dev.olifant.exec.plan;

import dev.olifant.exec.ExecContext;
import java.util.List;

/** One empty row: the input of a SELECT without FROM. */
public record ResultNode() implements PlanNode {
    private static final Object[] EMPTY = new Object[0];

    @Override
    public RowSource open(ExecContext ctx) {
        return new RowSource() {
            boolean done;

            @Override
            public Object[] next() {
                if (done) {
                    return null;
                }
                done = true;
                return EMPTY;
            }
        };
    }

    @Override
    public int width() {
        return 0;
    }

    @Override
    public String explainTitle() {
        return "Result";
    }

    @Override
    public List<PlanNode> children() {
        return List.of();
    }

    @Override
    public double estimatedRows() {
        return 1;
    }
}
