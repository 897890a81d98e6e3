package dev.olifant.exec.expr;

import dev.olifant.exec.ExecContext;
import dev.olifant.types.PgType;

/**
 * The result of a window function, read from the row its WindowAgg produced. The stacked
 * WindowAggs of a query level append their functions' values at the end of each row, in a fixed
 * order; {@code fromEnd} counts from the row's end (1 = last value), so the reference holds however
 * wide the rows below the windows are.
 */
public record WindowRef(int fromEnd, PgType type, String name) implements Expression {

    @Override
    public Object eval(Object[] row, ExecContext ctx) {
        return row[row.length - fromEnd];
    }
}
