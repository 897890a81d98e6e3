package dev.olifant.exec.expr;

import dev.olifant.exec.ExecContext;
import dev.olifant.types.ArrayValue;
import dev.olifant.types.PgType;
import dev.olifant.types.Types;
import dev.olifant.types.func.Invokable;

/**
 * {@code left op ANY (array)} / {@code ALL}: PostgreSQL's ScalarArrayOpExpr with three-valued
 * logic (NULL when no element decides and some comparison was NULL).
 */
public record ArrayAnyExpr(Expression left, Expression array, Invokable comparison, boolean all)
        implements Expression {

    @Override
    public Object eval(Object[] row, ExecContext ctx) {
        Object arr = array.eval(row, ctx);
        if (arr == null) {
            return null;
        }
        Object[] elements = ((ArrayValue) arr).elements();
        if (elements.length == 0) {
            return all;
        }
        Object l = left.eval(row, ctx);
        boolean sawNull = false;
        for (Object e : elements) {
            Object r = l == null || e == null ? null : comparison.invoke(ctx, new Object[] {l, e});
            if (r == null) {
                sawNull = true;
            } else if ((Boolean) r != all) {
                return !all;
            }
        }
        return sawNull ? null : all;
    }

    @Override
    public PgType type() {
        return Types.BOOL;
    }
}
