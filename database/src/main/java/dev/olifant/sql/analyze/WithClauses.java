package dev.olifant.sql.analyze;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.exec.plan.SharedCte;
import dev.olifant.sql.ast.CommonTableExpr;
import dev.olifant.sql.ast.DeleteStmt;
import dev.olifant.sql.ast.InsertStmt;
import dev.olifant.sql.ast.SelectStmt;
import dev.olifant.sql.ast.UpdateStmt;
import dev.olifant.sql.ast.WithClause;
import java.util.List;

/**
 * A WITH clause: each item is analysed in order and becomes visible to the items after it and to
 * the statement. Recursive items go through {@link RecursiveQueries}. INSERT, UPDATE and DELETE
 * items (allowed only in the top-level statement) become {@link SharedCte}s that run once per
 * execution; their RETURNING rows are what references read.
 */
final class WithClauses {
    private WithClauses() {
    }

    /**
     * The analyser level with the WITH items defined.
     *
     * @param modifying collects the data-modifying items; null where they are not allowed
     */
    static QueryAnalyzer level(QueryAnalyzer outer, WithClause with, Scope scope, List<SharedCte> modifying) {
        QueryAnalyzer level = new QueryAnalyzer(outer.context(), outer);
        java.util.Set<String> names = new java.util.HashSet<>();
        for (CommonTableExpr cte : with.ctes()) {
            if (!names.add(cte.name())) {
                throw new PgException(SqlState.DUPLICATE_ALIAS, "WITH query name \"" + cte.name()
                        + "\" specified more than once").withPosition(cte.location() + 1);
            }
        }
        for (CommonTableExpr cte : with.ctes()) {
            if (with.recursive() && RecursiveQueries.isRecursive(cte)) {
                level.defineCte(cte.name(), new RecursiveQueries(level).analyze(cte, scope));
                continue;
            }
            if (cte.query() instanceof SelectStmt q) {
                AnalyzedQuery a = level.analyze(q, new Scope(scope.parent()));
                level.defineCte(cte.name(), QueryAnalyzer.renamed(a, cte.name(), cte.columnNames(), cte.location()));
                continue;
            }
            if (modifying == null) {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                        "WITH clause containing a data-modifying statement must be at the top level")
                        .withPosition(cte.location() + 1);
            }
            DmlAnalyzer dml = new DmlAnalyzer(outer.context(), level);
            AnalyzedStatement st = switch (cte.query()) {
                case InsertStmt i -> dml.insert(i);
                case UpdateStmt u -> dml.update(u);
                case DeleteStmt d -> dml.delete(d);
                default -> throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                        "this statement is not supported in WITH").withPosition(cte.location() + 1);
            };
            SharedCte shared = new SharedCte(st.plan(), cte.name());
            modifying.add(shared);
            level.defineCte(cte.name(), QueryAnalyzer.renamed(new AnalyzedQuery(shared, st.columns()),
                    cte.name(), cte.columnNames(), cte.location()));
        }
        return level;
    }
}
