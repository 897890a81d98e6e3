package dev.olifant.exec.plan;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.exec.ExecContext;
import dev.olifant.exec.expr.Expression;
import java.util.List;

/** OFFSET then LIMIT; a NULL limit means no limit, a NULL offset means none. */
public record Limit(PlanNode input, Expression limit, Expression offset) implements PlanNode {

    @Override
    public RowSource open(ExecContext ctx) {
        long off = 0;
        if (offset != null) {
            Object v = offset.eval(null, ctx);
            if (v != null) {
                off = ((Number) v).longValue();
                if (off < 0) {
                    throw new PgException(SqlState.INVALID_ROW_COUNT_IN_RESULT_OFFSET_CLAUSE,
                            "OFFSET must not be negative");
                }
            }
        }
        long lim = Long.MAX_VALUE;
        if (limit != null) {
            Object v = limit.eval(null, ctx);
            if (v != null) {
                lim = ((Number) v).longValue();
                if (lim < 0) {
                    throw new PgException(SqlState.INVALID_ROW_COUNT_IN_LIMIT_CLAUSE, "LIMIT must not be negative");
                }
            }
        }
        if (lim == 0) {
            return Rows.empty();
        }
        RowSource in = input.open(ctx);
        long skip = off;
        long max = lim;
        return new RowSource() {
            long skipped;
            long returned;

            @Override
            public Object[] next() {
                if (returned >= max) {
                    return null;
                }
                Object[] row;
                while (skipped < skip) {
                    if (in.next() == null) {
                        return null;
                    }
                    skipped++;
                }
                row = in.next();
                if (row != null) {
                    returned++;
                }
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
        return input.width();
    }

    @Override
    public String explainTitle() {
        return "Limit";
    }

    @Override
    public List<PlanNode> children() {
        return List.of(input);
    }

    @Override
    public double estimatedRows() {
        return Math.min(input.estimatedRows(), 100);
    }
}
