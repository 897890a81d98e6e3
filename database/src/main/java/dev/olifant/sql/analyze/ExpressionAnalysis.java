package dev.olifant.sql.analyze;

import dev.olifant.catalog.Column;
import dev.olifant.catalog.Table;
import dev.olifant.exec.expr.Expression;
import dev.olifant.sql.ast.Expr;
import dev.olifant.types.CoercionContext;
import dev.olifant.types.PgType;

/** Entry points for commands that analyse single expressions (defaults, CHECK constraints, index keys). */
public final class ExpressionAnalysis {
    private ExpressionAnalysis() {
    }

    /** An expression that may not refer to columns (a DEFAULT), coerced for assignment to {@code column}. */
    public static Expression defaultFor(AnalysisContext ctx, Column column, Expr e) {
        ExprAnalyzer a = new ExprAnalyzer(ctx, new Scope(null), "DEFAULT expressions", null, new QueryAnalyzer(ctx));
        return new DmlAnalyzer(ctx).assign(a.analyze(e), column, ExprLocations.leftmost(e));
    }

    /** A column's stored DEFAULT expression, compiled; null when it has none. */
    public static Expression columnDefault(AnalysisContext ctx, Column column) {
        return column.defaultExpr() == null ? null : defaultFor(ctx, column, ExprText.parse(column.defaultExpr()));
    }

    /** A boolean expression over one table's row (slot = attnum - 1), as CHECK constraints are. */
    public static Expression checkOver(AnalysisContext ctx, Table table, Expr e) {
        ExprAnalyzer a = new ExprAnalyzer(ctx, TargetBuilder.tableScope(table, table.name(), null),
                "check constraints", null, new QueryAnalyzer(ctx));
        return a.analyzeBoolean(e, "CHECK");
    }

    /** A partial index's predicate over one table's row (slot = attnum - 1). */
    public static Expression predicateOver(AnalysisContext ctx, Table table, Expr e) {
        ExprAnalyzer a = new ExprAnalyzer(ctx, TargetBuilder.tableScope(table, table.name(), null),
                "index predicate", null, new QueryAnalyzer(ctx));
        return a.analyzeBoolean(e, "WHERE");
    }

    /** Any expression over one table's row (slot = attnum - 1), e.g. an index expression or USING clause. */
    public static Expression over(AnalysisContext ctx, Table table, Expr e, String clause) {
        ExprAnalyzer a = new ExprAnalyzer(ctx, TargetBuilder.tableScope(table, table.name(), null), clause, null,
                new QueryAnalyzer(ctx));
        return a.analyzeResolved(e);
    }

    /** The expression keys of {@code index} (a key column 0 each, in key order), compiled over its table's row. */
    public static java.util.List<Expression> indexExpressions(AnalysisContext ctx, Table table,
            dev.olifant.catalog.Index index) {
        java.util.List<Expression> out = new java.util.ArrayList<>();
        for (String text : index.expressions()) {
            out.add(over(ctx, table, ExprText.parse(text), "index expressions"));
        }
        return out;
    }

    /** A standalone expression (no columns), coerced for assignment to {@code type} — EXECUTE's arguments. */
    public static Expression standalone(AnalysisContext ctx, Expr e, PgType type) {
        ExprAnalyzer a = new ExprAnalyzer(ctx, new Scope(null), "EXECUTE parameter", null, new QueryAnalyzer(ctx));
        return Coercions.coerce(a.analyze(e), type, -1, CoercionContext.ASSIGNMENT, ctx, e.location());
    }

    /** Coerces to a type as an assignment would, or fails with 42804. */
    public static Expression coerce(AnalysisContext ctx, Expression e, PgType type, int typmod, int location) {
        return Coercions.coerce(e, type, typmod, CoercionContext.ASSIGNMENT, ctx, location);
    }
}
