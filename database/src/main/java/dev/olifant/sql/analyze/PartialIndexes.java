package dev.olifant.sql.analyze;

import dev.olifant.sql.ast.And;
import dev.olifant.sql.ast.Expr;
import dev.olifant.sql.parser.SqlPrinter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a condition implies a partial index's predicate, as far as PostgreSQL's
 * predicate_implied_by proves it in the common case: every AND-ed term of the predicate is also
 * an AND-ed term of the condition (terms compared as printed, so spelling differences that parse
 * alike do not matter).
 */
final class PartialIndexes {
    private PartialIndexes() {
    }

    /** @param predicate the index's predicate as stored in the catalog */
    static boolean implies(Expr condition, String predicate) {
        if (condition == null) {
            return false;
        }
        Set<String> have = new HashSet<>(terms(condition));
        return have.containsAll(terms(ExprText.parse(predicate)));
    }

    private static List<String> terms(Expr e) {
        List<String> out = new ArrayList<>();
        collect(e, out);
        return out;
    }

    private static void collect(Expr e, List<String> out) {
        if (e instanceof And a) {
            for (Expr arg : a.args()) {
                collect(arg, out);
            }
        } else {
            out.add(SqlPrinter.print(e));
        }
    }
}
