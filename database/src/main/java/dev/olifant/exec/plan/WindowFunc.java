package dev.olifant.exec.plan;

import dev.olifant.exec.expr.Expression;
import dev.olifant.types.PgType;
import dev.olifant.types.func.AggregateState;
import java.util.function.Supplier;

/**
 * One window function call of a {@link WindowAgg}: a ranking or navigation function, or an
 * aggregate computed over each row's frame.
 *
 * @param aggregate a fresh aggregate state per frame, for {@link Kind#AGGREGATE} only
 * @param filter FILTER (WHERE …) of a window aggregate, null when absent
 */
public record WindowFunc(String name, Kind kind, Expression[] args, Supplier<AggregateState> aggregate,
        Expression filter, PgType type) {

    public enum Kind {
        ROW_NUMBER, RANK, DENSE_RANK, PERCENT_RANK, CUME_DIST, NTILE, LAG, LEAD, FIRST_VALUE, LAST_VALUE, NTH_VALUE,
        AGGREGATE
    }
}
