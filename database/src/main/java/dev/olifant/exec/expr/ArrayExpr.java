package dev.olifant.exec.expr;

import dev.olifant.exec.ExecContext;
import dev.olifant.types.ArrayValue;
import dev.olifant.types.PgType;
import dev.olifant.types.Types;

/** ARRAY[e1, e2, ...]: a one-dimensional array of the (already unified) element values. */
public record ArrayExpr(Expression[] elements, PgType type) implements Expression {

    @Override
    public Object eval(Object[] row, ExecContext ctx) {
        Object[] values = new Object[elements.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = elements[i].eval(row, ctx);
        }
        return ArrayValue.oneDimensional(Types.elementOf(type), values);
    }
}
