package dev.olifant.exec.expr;

import dev.olifant.exec.ExecContext;
import dev.olifant.types.PgType;
import dev.olifant.types.Types;
import dev.olifant.types.func.Invokable;

/**
 * {@code a IS [NOT] DISTINCT FROM b}: equality where NULL equals NULL, never NULL itself. The
 * operands are already coerced to the equality operator's argument types.
 */
public record DistinctExpr(Expression left, Expression right, Invokable equality, boolean not) implements Expression {

    @Override
    public Object eval(Object[] row, ExecContext ctx) {
        Object a = left.eval(row, ctx);
        Object b = right.eval(row, ctx);
        boolean distinct;
        if (a == null || b == null) {
            distinct = (a == null) != (b == null);
        } else {
            distinct = !Boolean.TRUE.equals(equality.invoke(ctx, new Object[] {a, b}));
        }
        return not != distinct;
    }

    @Override
    public PgType type() {
        return Types.BOOL;
    }
}
