package dev.olifant.exec.expr;

import dev.olifant.exec.ExecContext;
import dev.olifant.types.PgType;

/** A constant value, NULL included. */
public record Const(Object value, PgType type, int typmod) implements Expression {

    public static Const of(Object value, PgType type) {
        return new Const(value, type, -1);
    }

    @Override
    public Object eval(Object[] row, ExecContext ctx) {
        return value;
    }

    @Override
    public boolean isConstant() {
        return true;
    }
}
