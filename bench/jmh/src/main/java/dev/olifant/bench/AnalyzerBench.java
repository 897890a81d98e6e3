package dev.olifant.bench;

import dev.olifant.session.BenchAccess;
import dev.olifant.sql.analyze.AnalyzedQuery;
import dev.olifant.sql.analyze.AnalyzedStatement;
import dev.olifant.sql.analyze.DmlAnalyzer;
import dev.olifant.sql.analyze.QueryAnalyzer;
import dev.olifant.sql.ast.InsertStmt;
import dev.olifant.sql.ast.SelectStmt;
import dev.olifant.sql.ast.UpdateStmt;
import dev.olifant.sql.parser.Parser;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Parse analysis and planning of pgbench's statements against the catalog of a database that
 * holds pgbench's tables: name resolution, parameter type inference, operator resolution and
 * access path choice (an index scan on the primary key). This is the work an unprepared
 * statement pays on every execution and a prepared one once.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class AnalyzerBench {
    private PgbenchDatabase db;
    private SelectStmt select;
    private UpdateStmt update;
    private InsertStmt insert;

    @Setup
    public void setUp() {
        db = new PgbenchDatabase(1);
        select = (SelectStmt) Parser.parseOne(PgbenchStatements.SELECT_PARAM);
        update = (UpdateStmt) Parser.parseOne(PgbenchStatements.UPDATE_ACCOUNT);
        insert = (InsertStmt) Parser.parseOne(PgbenchStatements.INSERT_HISTORY);
    }

    @TearDown
    public void tearDown() {
        db.close();
    }

    @Benchmark
    public AnalyzedQuery selectByKey() {
        return new QueryAnalyzer(BenchAccess.analysisContext(db.session)).analyze(select);
    }

    @Benchmark
    public AnalyzedStatement updateByKey() {
        return new DmlAnalyzer(BenchAccess.analysisContext(db.session)).update(update);
    }

    @Benchmark
    public AnalyzedStatement insertValues() {
        return new DmlAnalyzer(BenchAccess.analysisContext(db.session)).insert(insert);
    }
}
