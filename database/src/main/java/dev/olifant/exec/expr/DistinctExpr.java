package dev.olifant.exec.expr;

import dev.olifant.exec.ExecContext;
import dev.olifant.types.PgType;
import dev.olifant.types.Types;

/** {@code a IS [NOT] DISTINCT FROM b}: equality where NULL equals NULL, never NULL itself. */
public record DistinctExpr(Expression left, Expression right, Expression equality, boolean not) implements Expression {

    @Override
    public Object eval(Object[] row, ExecContext ctx) {
        Object a = left.eval(row, ctx);
        Object b = right.eval(row, ctx);
        boolean distinct;
        if (a == null || b == null) {
            distinct = (a == null) != (b == null);
        } else {
            distinct = !Boolean.TRUE.equals(equality.eval(row, ctx));
        }
        return not != distinct;
    }

    @Override
    public PgType type() {
        return Types.BOOL;
    }
}
