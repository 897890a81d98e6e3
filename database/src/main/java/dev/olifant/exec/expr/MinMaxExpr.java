package dev.olifant.exec.expr;

import dev.olifant.exec.ExecContext;
import dev.olifant.types.PgType;
import java.util.Comparator;

/** GREATEST / LEAST: NULL arguments are ignored; NULL only when all are NULL. */
public record MinMaxExpr(Expression[] args, Comparator<Object> comparator, boolean greatest, PgType type, int typmod)
        implements Expression {

    @Override
    public Object eval(Object[] row, ExecContext ctx) {
        Object best = null;
        for (Expression a : args) {
            Object v = a.eval(row, ctx);
            if (v != null && (best == null || (comparator.compare(v, best) > 0) == greatest
                    && comparator.compare(v, best) != 0)) {
                best = v;
            }
        }
        return best;
    }
}
