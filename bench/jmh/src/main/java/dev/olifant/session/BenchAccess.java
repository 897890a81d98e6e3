package dev.olifant.session;

import dev.olifant.sql.analyze.AnalysisContext;
import dev.olifant.sql.analyze.ParamTypes;
import dev.olifant.types.PgType;

/**
 * Gives the JMH benchmarks (built outside the server's jar, in the same package on the class
 * path) what a session hands to parse analysis, so that the analyzer and planner can be timed
 * alone against a real catalog, exactly as {@code StatementRunner} calls them.
 */
public final class BenchAccess {
    private BenchAccess() {
    }

    /**
     * The analysis context of {@code session} against its current catalog, with the parameter
     * types of a Parse that declared none (they are inferred from their use).
     */
    public static AnalysisContext analysisContext(Session session) {
        PgSession s = (PgSession) session;
        return s.analysisContext(s.catalog(), new ParamTypes(new PgType[0], true));
    }
}
