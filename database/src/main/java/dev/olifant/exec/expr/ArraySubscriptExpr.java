package dev.olifant.exec.expr;

import dev.olifant.exec.ExecContext;
import dev.olifant.types.ArrayValue;
import dev.olifant.types.PgType;

/** {@code array[i]} on a one-dimensional array: NULL when out of bounds, as in PostgreSQL. */
public record ArraySubscriptExpr(Expression array, Expression index, PgType type) implements Expression {

    @Override
    public Object eval(Object[] row, ExecContext ctx) {
        Object a = array.eval(row, ctx);
        Object i = index.eval(row, ctx);
        if (a == null || i == null) {
            return null;
        }
        ArrayValue v = (ArrayValue) a;
        if (v.dimensionCount() != 1) {
            return null;
        }
        long pos = ((Number) i).longValue() - v.lowerBounds()[0];
        return pos < 0 || pos >= v.dimensions()[0] ? null : v.elements()[(int) pos];
    }
}
