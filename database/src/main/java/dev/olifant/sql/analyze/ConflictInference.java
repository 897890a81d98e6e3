package dev.olifant.sql.analyze;

import dev.olifant.catalog.Table;
import dev.olifant.exec.dml.TableTarget;
import dev.olifant.exec.expr.Expression;
import dev.olifant.exec.expr.ExpressionText;
import dev.olifant.sql.ast.Expr;
import java.util.HashSet;
import java.util.Set;

/**
 * Matching ON CONFLICT's inference expressions with unique indexes' expression keys, as
 * PostgreSQL's infer_arbiter_indexes does: an expression element matches an index expression
 * that analyses to the same expression over the table's row.
 */
final class ConflictInference {
    private ConflictInference() {
    }

    /** The analysed form of an inference expression, comparable with {@link #expressionKeys}. */
    static String expressionKey(AnalysisContext ctx, Table table, Expr e) {
        return ExpressionText.of(ExpressionAnalysis.over(ctx, table, e, "index expressions"));
    }

    /** The analysed forms of an index's expression keys. */
    static Set<String> expressionKeys(TableTarget.IndexTarget ix) {
        Set<String> out = new HashSet<>();
        for (Expression e : ix.keyExpressions()) {
            out.add(ExpressionText.of(e));
        }
        return out;
    }
}
