package dev.olifant.sql.ast;

import java.util.List;

/**
 * {@code WITH [RECURSIVE] name [(cols)] AS [[NOT] MATERIALIZED] (stmt), …}.
 */
public record WithClause(boolean recursive, List<CommonTableExpr> ctes, int location) {
    public WithClause {
        ctes = List.copyOf(ctes);
    }
}
