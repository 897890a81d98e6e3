package dev.olifant.sql.analyze;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.sql.ast.Expr;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * PostgreSQL's rule tying SELECT DISTINCT ON to ORDER BY (transformDistinctOnClause): the
 * DISTINCT ON expressions must be the leading ORDER BY items, in any order. An ORDER BY item
 * that is not a DISTINCT ON expression may only follow all of them.
 */
final class DistinctOnCheck {
    private DistinctOnCheck() {
    }

    /**
     * @param distinctOn the DISTINCT ON expressions as written
     * @param distinctTargets their select-list (target) indexes, in the same order
     * @param sortTargets the target indexes of the ORDER BY items, in order
     */
    static void check(List<Expr> distinctOn, List<Integer> distinctTargets, List<Integer> sortTargets) {
        boolean skipped = false;
        Set<Integer> matched = new HashSet<>();
        for (int target : sortTargets) {
            int at = distinctTargets.indexOf(target);
            if (at < 0) {
                skipped = true;
            } else if (skipped) {
                throw error(distinctOn.get(at));
            } else {
                matched.add(target);
            }
        }
        for (int i = 0; i < distinctTargets.size(); i++) {
            if (!matched.contains(distinctTargets.get(i)) && skipped) {
                throw error(distinctOn.get(i));
            }
        }
    }

    private static PgException error(Expr e) {
        return new PgException(SqlState.INVALID_COLUMN_REFERENCE,
                "SELECT DISTINCT ON expressions must match initial ORDER BY expressions").withPosition(e.location() + 1);
    }
}
