package dev.olifant.sql.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.olifant.error.PgException;
import dev.olifant.sql.ast.MergeStmt;
import dev.olifant.sql.ast.MergeWhen;
import dev.olifant.sql.ast.ReindexStmt;
import dev.olifant.sql.ast.SubqueryRef;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class MergeParserTest {

    @Test
    void mergeWithEveryKindOfAction() {
        MergeStmt m = (MergeStmt) Parser.parseOne("MERGE INTO target t USING (SELECT 1 AS key) s ON s.key = t.key "
                + "WHEN MATCHED AND t.val IS NULL THEN DELETE "
                + "WHEN MATCHED THEN UPDATE SET val = t.val || 'x', n = DEFAULT "
                + "WHEN NOT MATCHED AND s.key > 0 THEN INSERT (key, val) OVERRIDING SYSTEM VALUE VALUES (s.key, DEFAULT) "
                + "WHEN NOT MATCHED THEN DO NOTHING");
        assertThat(m.target().name().last()).isEqualTo("target");
        assertThat(m.target().alias().name()).isEqualTo("t");
        assertThat(m.source()).isInstanceOf(SubqueryRef.class);
        assertThat(m.whens()).extracting(MergeWhen::matched).containsExactly(true, true, false, false);
        assertThat(m.whens().get(0).action()).isInstanceOf(MergeWhen.Delete.class);
        assertThat(m.whens().get(0).condition()).isNotNull();
        assertThat(((MergeWhen.Update) m.whens().get(1).action()).set()).hasSize(2);
        MergeWhen.Insert insert = (MergeWhen.Insert) m.whens().get(2).action();
        assertThat(insert.columns()).hasSize(2);
        assertThat(insert.values()).hasSize(2);
        assertThat(m.whens().get(3).action()).isInstanceOf(MergeWhen.DoNothing.class);
    }

    @Test
    void insertDefaultValuesHasNoValueList() {
        MergeStmt m = (MergeStmt) Parser.parseOne(
                "MERGE INTO t USING s ON t.a = s.a WHEN NOT MATCHED THEN INSERT DEFAULT VALUES");
        assertThat(((MergeWhen.Insert) m.whens().get(0).action()).values()).isNull();
    }

    @Test
    void actionsMustFitTheirClause() {
        assertThatThrownBy(() -> Parser.parseOne("MERGE INTO t USING s ON t.a = s.a WHEN MATCHED THEN INSERT VALUES (1)"))
                .isInstanceOfSatisfying(PgException.class, e -> assertThat(e.state().code()).isEqualTo("42601"));
        assertThatThrownBy(() -> Parser.parseOne("MERGE INTO t USING s ON t.a = s.a WHEN NOT MATCHED THEN DELETE"))
                .isInstanceOfSatisfying(PgException.class, e -> assertThat(e.state().code()).isEqualTo("42601"));
        assertThatThrownBy(() -> Parser.parseOne("MERGE INTO t USING s ON t.a = s.a"))
                .isInstanceOf(PgException.class);
    }

    @Test
    void reindexForms() {
        ReindexStmt r = (ReindexStmt) Parser.parseOne("REINDEX (VERBOSE) TABLE CONCURRENTLY public.t");
        assertThat(r.kind()).isEqualTo(ReindexStmt.Kind.TABLE);
        assertThat(r.concurrently()).isTrue();
        assertThat(r.name().parts()).containsExactly("public", "t");
        assertThat(r.options()).hasSize(1);
        r = (ReindexStmt) Parser.parseOne("REINDEX SCHEMA s");
        assertThat(r.kind()).isEqualTo(ReindexStmt.Kind.SCHEMA);
        assertThat(r.concurrently()).isFalse();
        assertThatThrownBy(() -> Parser.parseOne("REINDEX VIEW v")).isInstanceOf(PgException.class);
    }

    static Stream<String> statements() {
        return Stream.of(
                "MERGE INTO t USING s ON t.a = s.a WHEN MATCHED THEN UPDATE SET b = s.b WHEN NOT MATCHED THEN "
                        + "INSERT VALUES (s.a, s.b)",
                "WITH x AS (SELECT 1 AS a) MERGE INTO t AS tt USING x ON tt.a = x.a WHEN MATCHED AND tt.b > 1 THEN "
                        + "DELETE WHEN MATCHED THEN DO NOTHING",
                "MERGE INTO ONLY t USING s JOIN u ON s.k = u.k ON t.a = s.a WHEN NOT MATCHED THEN "
                        + "INSERT (a) OVERRIDING USER VALUE VALUES (DEFAULT)",
                "MERGE INTO t USING s ON t.a = s.a WHEN NOT MATCHED THEN INSERT DEFAULT VALUES",
                "EXPLAIN MERGE INTO t USING s ON t.a = s.a WHEN MATCHED THEN DELETE",
                "REINDEX INDEX i",
                "REINDEX TABLE CONCURRENTLY s.t",
                "REINDEX (VERBOSE) DATABASE d");
    }

    @ParameterizedTest
    @MethodSource("statements")
    void roundTrips(String sql) {
        PrinterRoundTripTest.assertRoundTrip(Parser.parseOne(sql));
    }
}
