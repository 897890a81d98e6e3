package dev.olifant.session;

import dev.olifant.catalog.Catalog;
import dev.olifant.sql.analyze.AnalyzedStatement;
import dev.olifant.sql.ast.RawStatement;
import dev.olifant.types.PgType;

/**
 * A prepared statement: its text, parameter types and, for queries and DML, the analysed plan
 * with the catalog version and search_path it was analysed under (a change of either makes the
 * next execution analyse it again). {@code raw} is null for an empty query.
 */
final class Prepared {
    final String sql;
    final RawStatement raw;
    PgType[] paramTypes;
    AnalyzedStatement analyzed;
    Catalog analyzedWith;
    String searchPath;
    /** The instance's statistics version when this statement was planned. */
    long statisticsVersion;

    Prepared(String sql, RawStatement raw, PgType[] paramTypes) {
        this.sql = sql;
        this.raw = raw;
        this.paramTypes = paramTypes;
    }
}
