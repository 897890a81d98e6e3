package dev.olifant.bench;

import dev.olifant.sql.ast.RawStatement;
import dev.olifant.sql.parser.Parser;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Lexing and parsing alone ({@code Parser.parse}): text in, AST out, no catalog. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ParserBench {
    @Param({"selectOnly", "updateAccount", "insertHistory", "psqlDescribe"})
    public String statement;

    private String sql;

    @Setup
    public void setUp() {
        sql = switch (statement) {
            case "selectOnly" -> PgbenchStatements.SELECT_ONLY;
            case "updateAccount" -> PgbenchStatements.UPDATE_ACCOUNT;
            case "insertHistory" -> PgbenchStatements.INSERT_HISTORY;
            case "psqlDescribe" -> PgbenchStatements.PSQL_DESCRIBE;
            default -> throw new IllegalArgumentException(statement);
        };
    }

    @Benchmark
    public List<RawStatement> parse() {
        return Parser.parse(sql);
    }
}
