package dev.olifant.exec.expr;

import dev.olifant.exec.ExecContext;
import dev.olifant.types.PgType;

/** COALESCE: the first non-NULL argument, evaluated lazily. */
public record CoalesceExpr(Expression[] args, PgType type, int typmod) implements Expression {

    @Override
    public Object eval(Object[] row, ExecContext ctx) {
        for (Expression a : args) {
            Object v = a.eval(row, ctx);
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
