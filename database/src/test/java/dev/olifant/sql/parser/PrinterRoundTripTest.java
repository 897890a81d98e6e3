package dev.olifant.sql.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.olifant.sql.ast.RawStatement;
import dev.olifant.sql.ast.Statement;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** parse → print → parse gives the same tree (locations aside), for a broad corpus of statements. */
class PrinterRoundTripTest {

    static void assertRoundTrip(Statement parsed) {
        String printed = SqlPrinter.print(parsed);
        Statement again = Parser.parseOne(printed);
        assertThat(AstNormalizer.normalize(again)).as(printed).isEqualTo(AstNormalizer.normalize(parsed));
        assertThat(SqlPrinter.print(again)).isEqualTo(printed);
    }

    static Stream<String> corpus() {
        return SqlCorpus.STATEMENTS.stream();
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void roundTrips(String sql) {
        assertRoundTrip(Parser.parseOne(sql));
    }

    @Test
    void psqlMetaCommandQueriesParseAndRoundTrip() throws IOException {
        String file;
        try (InputStream in = getClass().getResourceAsStream("psql15-meta-command-queries.sql")) {
            file = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<RawStatement> statements = Parser.parse(file);
        assertThat(statements).hasSize(96);
        for (RawStatement r : statements) {
            assertThat(r.text()).doesNotEndWith(";").doesNotStartWith("--");
            assertRoundTrip(r.statement());
            assertThat(AstNormalizer.normalize(Parser.parseOne(r.text())))
                    .isEqualTo(AstNormalizer.normalize(r.statement()));
        }
    }

    /** PostgreSQL 15's own system_views.sql and information_schema.sql (views, grants, DML, DDL). */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"system_views.sql, 101, 75", "information_schema.sql, 197, 65"})
    void postgresCatalogScriptsParseAndRoundTrip(String file, int statements, int views) throws IOException {
        String text;
        try (InputStream in = getClass().getResourceAsStream(file)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<RawStatement> parsed = Parser.parse(text);
        assertThat(parsed).hasSize(statements);
        assertThat(parsed).filteredOn(r -> r.statement() instanceof dev.olifant.sql.ast.CreateViewStmt)
                .hasSize(views);
        for (RawStatement r : parsed) {
            assertRoundTrip(r.statement());
        }
    }

    /** One statement per line, each accepted by PostgreSQL 15's grammar. */
    @Test
    void statementsPostgresAcceptsParseAndRoundTrip() throws IOException {
        String text;
        try (InputStream in = getClass().getResourceAsStream("accepted-statements.sql")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int count = 0;
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("--")) {
                continue;
            }
            List<RawStatement> parsed = Parser.parse(line);
            assertThat(parsed).as(line).hasSize(1);
            assertRoundTrip(parsed.get(0).statement());
            count++;
        }
        assertThat(count).isGreaterThan(290);
    }

    @Test
    void printsReadableSql() {
        assertThat(SqlPrinter.print(Parser.parseOne("select a+b*2 from t where x between 1 and 2")))
                .isEqualTo("SELECT (a + (b * 2)) FROM t WHERE (x BETWEEN 1 AND 2)");
        assertThat(SqlPrinter.print(Parser.parseOne("select \"Weird\"\"Name\", \"select\", pg_catalog.default")))
                .isEqualTo("SELECT \"Weird\"\"Name\", \"select\", pg_catalog.\"default\"");
        assertThat(SqlPrinter.print(Parser.parseOne("select x::varchar(3)[], -1, - x")))
                .isEqualTo("SELECT ((x)::character varying(3)[]), (-1), (- x)");
    }
}
