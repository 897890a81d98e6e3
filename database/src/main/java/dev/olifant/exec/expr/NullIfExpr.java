package dev.olifant.exec.expr;

import dev.olifant.exec.ExecContext;
import dev.olifant.types.PgType;

/** NULLIF(a, b): NULL when {@code a = b} is true, else {@code a}. */
public record NullIfExpr(Expression left, Expression equality, PgType type, int typmod) implements Expression {

    @Override
    public Object eval(Object[] row, ExecContext ctx) {
        Object v = left.eval(row, ctx);
        if (v == null) {
            return null;
        }
        return Boolean.TRUE.equals(equality.eval(row, ctx)) ? null : v;
    }
}
