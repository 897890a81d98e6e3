package dev.olifant.exec.expr;

import dev.olifant.exec.ExecContext;
import dev.olifant.types.PgType;
import dev.olifant.types.Types;

/** IS [NOT] NULL, IS [NOT] TRUE / FALSE / UNKNOWN: never NULL themselves. */
public record NullTestExpr(Expression arg, Kind kind) implements Expression {

    public enum Kind { IS_NULL, IS_NOT_NULL, IS_TRUE, IS_NOT_TRUE, IS_FALSE, IS_NOT_FALSE, IS_UNKNOWN, IS_NOT_UNKNOWN }

    @Override
    public Object eval(Object[] row, ExecContext ctx) {
        Object v = arg.eval(row, ctx);
        return switch (kind) {
            case IS_NULL, IS_UNKNOWN -> v == null;
            case IS_NOT_NULL, IS_NOT_UNKNOWN -> v != null;
            case IS_TRUE -> Boolean.TRUE.equals(v);
            case IS_NOT_TRUE -> !Boolean.TRUE.equals(v);
            case IS_FALSE -> Boolean.FALSE.equals(v);
            case IS_NOT_FALSE -> !Boolean.FALSE.equals(v);
        };
    }

    @Override
    public PgType type() {
        return Types.BOOL;
    }
}
