package dev.olifant.exec.expr;

import dev.olifant.exec.ExecContext;
import dev.olifant.types.PgType;

/** Searched CASE (a simple CASE is analysed into comparisons): the first true condition wins. */
public record CaseExpr(Expression[] conditions, Expression[] results, Expression otherwise, PgType type, int typmod)
        implements Expression {

    @Override
    public Object eval(Object[] row, ExecContext ctx) {
        for (int i = 0; i < conditions.length; i++) {
            if (Boolean.TRUE.equals(conditions[i].eval(row, ctx))) {
                return results[i].eval(row, ctx);
            }
        }
        return otherwise == null ? null : otherwise.eval(row, ctx);
    }
}
