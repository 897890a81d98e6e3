package dev.olifant.exec.expr;

import dev.olifant.exec.ExecContext;
import dev.olifant.types.PgType;
import dev.olifant.types.func.Invokable;

/**
 * NULLIF(a, b): NULL when {@code a = b} is true, else {@code a}. Both operands are already
 * coerced to the equality operator's argument types (so the result has the operator's left
 * type, as in PostgreSQL), and each is evaluated once.
 */
public record NullIfExpr(Expression left, Expression right, Invokable equality, PgType type, int typmod)
        implements Expression {

    @Override
    public Object eval(Object[] row, ExecContext ctx) {
        Object v = left.eval(row, ctx);
        if (v == null) {
            return null;
        }
        Object r = right.eval(row, ctx);
        if (r == null) {
            return v;
        }
        return Boolean.TRUE.equals(equality.invoke(ctx, new Object[] {v, r})) ? null : v;
    }
}
