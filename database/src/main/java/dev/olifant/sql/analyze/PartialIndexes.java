package dev.olifant.sql.analyze;

import dev.olifant.catalog.Index;
import dev.olifant.catalog.Table;
import dev.olifant.exec.expr.Expression;
import dev.olifant.exec.expr.ExpressionText;
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

    /**
     * Whether a scan with conditions {@code quals} may use the partial index {@code idx}: a plain
     * btree or hash index over columns whose predicate the conditions imply. The conditions stay
     * the scan's filter, so a row the index holds beyond its predicate is still filtered out.
     */
    static boolean usableFor(Table table, Index idx, List<Expression> quals) {
        if (idx.predicate() == null || idx.keyColumns().contains(0) || table.storage().index(idx.oid()) == null) {
            return false;
        }
        return implied(idx, quals).size() == terms(ExprText.parse(idx.predicate())).size();
    }

    /** The conditions among {@code quals} that are terms of the partial index's predicate (none for a full index). */
    static List<Expression> implied(Index idx, List<Expression> quals) {
        List<Expression> out = new ArrayList<>();
        if (idx.predicate() == null) {
            return out;
        }
        Set<String> wanted = new HashSet<>(terms(ExprText.parse(idx.predicate())));
        for (Expression q : quals) {
            if (wanted.remove(ExpressionText.of(q))) {
                out.add(q);
            }
        }
        return out;
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
