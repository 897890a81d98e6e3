package dev.olifant.session;

import dev.olifant.catalog.Catalog;
import dev.olifant.catalog.Cluster;
import dev.olifant.catalog.Index;
import dev.olifant.catalog.IndexExpressions;
import dev.olifant.catalog.Oids;
import dev.olifant.catalog.Table;
import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.exec.ExecContext;
import dev.olifant.exec.expr.Expression;
import dev.olifant.sql.analyze.AnalysisContext;
import dev.olifant.sql.analyze.ExpressionAnalysis;
import dev.olifant.sql.analyze.ParamTypes;
import dev.olifant.types.FormatSettings;
import dev.olifant.types.PgType;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Compiles index expressions for the catalog's use outside any session (recovery's index
 * rebuild; see {@link IndexExpressions}). Names resolve in pg_catalog and then the table's schema;
 * the compiled expressions run without a session, which an IMMUTABLE built-in function never
 * needs. A user-defined function in an index expression runs in a session only (PL/pgSQL and SQL
 * bodies are run by one), so such an index cannot be rebuilt without one: its build fails with
 * 0A000 and reports it.
 */
final class IndexKeyCompiler implements IndexExpressions.Compiler {

    @Override
    public IndexExpressions.Compiled compile(Cluster cluster, Catalog catalog, Table table, Index index) {
        List<Long> path = List.of(Oids.PG_CATALOG_NAMESPACE, table.namespaceOid());
        AnalysisContext ctx = new AnalysisContext(cluster, catalog, path, table.namespaceOid(),
                FormatSettings.defaults(ZoneOffset.UTC), new CatalogRegLookup(cluster, () -> catalog, () -> path),
                new ParamTypes(new PgType[0], false), "", index.ownerOid(), "", new EngineFunctions(Instant.now(), null));
        List<PgType> types = new ArrayList<>();
        List<IndexExpressions.Evaluator> evaluators = new ArrayList<>();
        for (Expression e : ExpressionAnalysis.indexExpressions(ctx, table, index)) {
            types.add(e.type());
            evaluators.add(row -> evaluate(e, row, index));
        }
        return new IndexExpressions.Compiled(types, evaluators);
    }

    private static Object evaluate(Expression e, Object[] row, Index index) {
        try {
            return e.eval(row, ExecContext.CONSTANT_FOLDING);
        } catch (ExecContext.NotConstant notConstant) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "index \"" + index.name()
                    + "\" has an expression that can only be computed in a session");
        }
    }
}
