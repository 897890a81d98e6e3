package dev.olifant.commands;

import dev.olifant.catalog.Table;
import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.exec.expr.Expression;
import dev.olifant.exec.expr.Mutability;
import dev.olifant.sql.analyze.ExpressionAnalysis;
import dev.olifant.sql.ast.Expr;
import dev.olifant.sql.ast.FuncCall;
import dev.olifant.sql.parser.SqlPrinter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules CREATE INDEX applies to expression keys and predicates (PostgreSQL's
 * ComputeIndexAttrs, CheckPredicate and ChooseIndexColumnNames): they must be IMMUTABLE, and an
 * index is named after its columns and expressions.
 */
final class IndexExpressionDefs {
    private IndexExpressionDefs() {
    }

    /**
     * Analyses an index expression over the table's row, checks it, and returns its SQL text as
     * stored (without outer parentheses: they are added where PostgreSQL's deparser adds them).
     */
    static String check(CommandContext ctx, Table table, Expr e) {
        Expression x = ExpressionAnalysis.over(ctx.analysis(), table, e, "index expressions");
        if (Mutability.containsMutable(x)) {
            throw new PgException(SqlState.INVALID_OBJECT_DEFINITION,
                    "functions in index expression must be marked IMMUTABLE");
        }
        return dev.olifant.catalog.system.Definitions.bare(SqlPrinter.print(e));
    }

    /** A partial index's analysed predicate must call only IMMUTABLE functions. */
    static void checkPredicate(Expression predicate) {
        if (Mutability.containsMutable(predicate)) {
            throw new PgException(SqlState.INVALID_OBJECT_DEFINITION,
                    "functions in index predicate must be marked IMMUTABLE");
        }
    }

    /** Whether an expression key of {@code index} reads column {@code attnum} (DROP COLUMN then drops the index). */
    static boolean reads(CommandContext ctx, Table table, dev.olifant.catalog.Index index, int attnum) {
        if (index.expressions().isEmpty()) {
            return false;
        }
        java.util.BitSet slots = new java.util.BitSet();
        for (Expression e : ExpressionAnalysis.indexExpressions(ctx.analysis(), table, index)) {
            if (!dev.olifant.exec.expr.Expressions.collectSlots(e, slots)) {
                return true;
            }
        }
        return slots.get(attnum - 1);
    }

    /** PostgreSQL's FigureIndexColname: a function call is named after the function, anything else "expr". */
    static String columnName(Expr e) {
        if (e instanceof FuncCall f) {
            List<String> parts = f.name().parts();
            return parts.get(parts.size() - 1);
        }
        return "expr";
    }

    /** ChooseIndexColumnNames: a name that repeats an earlier one gets the first free number appended. */
    static List<String> distinct(List<String> names) {
        Set<String> used = new HashSet<>();
        List<String> out = new ArrayList<>();
        for (String n : names) {
            String candidate = n;
            for (int i = 1; used.contains(candidate); i++) {
                candidate = n + i;
            }
            used.add(candidate);
            out.add(candidate);
        }
        return out;
    }
}
