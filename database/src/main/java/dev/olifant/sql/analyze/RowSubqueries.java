package dev.olifant.sql.analyze;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.exec.expr.Expression;
import dev.olifant.exec.expr.RowSubqueryExpr;
import dev.olifant.sql.ast.RowExpr;
import dev.olifant.types.func.Invokable;

/**
 * A row on the left of IN / op ANY / op ALL (subquery): the subquery must return as many columns
 * as the row has, and each pair is compared with the operator resolved for its two types. Only
 * {@code =} and {@code <>} are row comparisons supported here.
 */
final class RowSubqueries {
    private RowSubqueries() {
    }

    static Expression analyze(ExprAnalyzer ex, RowExpr row, AnalyzedQuery q, boolean all, String op,
            boolean correlated, int location) {
        int n = row.args().size();
        if (q.columns().size() != n) {
            throw new PgException(SqlState.SYNTAX_ERROR, q.columns().size() > n ? "subquery has too many columns"
                    : "subquery has too few columns").withPosition(location + 1);
        }
        if (!op.equals("=") && !op.equals("<>")) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "row comparison with operator " + op
                    + " and a subquery is not supported yet").withPosition(location + 1);
        }
        Expression[] left = new Expression[n];
        Invokable[] equalities = new Invokable[n];
        for (int i = 0; i < n; i++) {
            ExprAnalyzer.Comparison c = ex.comparison(ex.analyze(row.args().get(i)), q.columns().get(i).type(), "=",
                    location);
            left[i] = c.left();
            equalities[i] = c.operator();
        }
        return new RowSubqueryExpr(q.plan(), all, op.equals("<>"), correlated, left, equalities);
    }
}
