package dev.olifant.sql.analyze;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.exec.expr.Expression;
import dev.olifant.exec.expr.TableOidExpr;

/**
 * System columns of tables in FROM (PostgreSQL's hidden attributes with negative numbers): they
 * are not part of {@code *} and a user column of the same name hides them. {@code tableoid}, the
 * OID of the table a row is stored in, is provided: for a partitioned table it is the leaf
 * partition's, for a system catalog the catalog's own OID.
 */
final class SystemColumns {
    private SystemColumns() {
    }

    static Expression expression(ColumnBinding b, boolean grouped, int location) {
        if (b.levelsUp() > 0) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                    "system column references from an outer query are not supported").withPosition(location + 1);
        }
        if (grouped) {
            String name = b.entry().alias() == null ? "tableoid" : b.entry().alias() + ".tableoid";
            throw new PgException(SqlState.GROUPING_ERROR, "column \"" + name
                    + "\" must appear in the GROUP BY clause or be used in an aggregate function")
                    .withPosition(location + 1);
        }
        return new TableOidExpr(b.slot(), b.entry().tableOid());
    }
}
