package dev.olifant.types;

import static org.assertj.core.api.Assertions.assertThat;

import dev.olifant.error.PgException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Cast availability per context and cast results, against PostgreSQL 15 ({@code cast-*.tsv}). */
class CastsReferenceTest {

    private static List<String[]> rows(String resource, int columns) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (var r = new BufferedReader(new InputStreamReader(
                CastsReferenceTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.startsWith("#") && !line.isEmpty()) {
                    rows.add(line.split("\t", columns));
                }
            }
        }
        return rows;
    }

    @Test
    void contextsMatchPostgres() throws IOException {
        List<String> mismatches = new ArrayList<>();
        List<String[]> rows = rows("cast-contexts.tsv", 3);
        for (String[] row : rows) {
            PgType source = ReferenceCases.type(row[0]).type();
            PgType target = ReferenceCases.type(row[1]).type();
            String actual = Casts.canCoerce(source, target, CoercionContext.IMPLICIT) ? "i"
                    : Casts.canCoerce(source, target, CoercionContext.ASSIGNMENT) ? "a"
                    : Casts.canCoerce(source, target, CoercionContext.EXPLICIT) ? "e" : "n";
            if (!actual.equals(row[2])) {
                mismatches.add(row[0] + " -> " + row[1] + ": expected " + row[2] + " but was " + actual);
            }
        }
        assertThat(rows).hasSizeGreaterThan(1000);
        assertThat(mismatches).isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> valuesMatchPostgres() throws IOException {
        return rows("cast-values.tsv", 4).stream().map(row -> DynamicTest.dynamicTest(
                row[1] + "::" + row[0] + " -> " + row[2], () -> {
                    TestContext ctx = TestContext.UTC;
                    PgType source = ReferenceCases.type(row[0]).type();
                    PgType target = ReferenceCases.type(row[2]).type();
                    String actual;
                    try {
                        Object v = TextIO.input(source, -1, row[1], ctx.settings(), ctx);
                        Cast cast = Casts.find(source, target, CoercionContext.EXPLICIT);
                        assertThat(cast).isNotNull();
                        Object out = cast.apply(v, ctx);
                        actual = "=" + TextIO.output(target, out, ctx.settings(), ctx);
                    } catch (PgException e) {
                        actual = "!" + e.state().code() + " " + e.getMessage()
                                + (e.detail() == null ? "" : " | " + e.detail());
                    }
                    assertThat(actual).isEqualTo(row[3]);
                }));
    }

    @Test
    void polymorphicTargetsAcceptMatchingShapes() {
        assertThat(Casts.canCoerce(Types.INT4, Types.ANYELEMENT, CoercionContext.IMPLICIT)).isTrue();
        assertThat(Casts.canCoerce(Types.INT4_ARRAY, Types.ANYARRAY, CoercionContext.IMPLICIT)).isTrue();
        assertThat(Casts.canCoerce(Types.INT4, Types.ANYARRAY, CoercionContext.IMPLICIT)).isFalse();
        assertThat(Casts.canCoerce(Types.INT4_ARRAY, Types.ANYNONARRAY, CoercionContext.IMPLICIT)).isFalse();
        assertThat(Casts.canCoerce(Types.TEXT, Types.ANY, CoercionContext.IMPLICIT)).isTrue();
    }

    @Test
    void unknownLiteralsReachAnyTypeThroughInput() {
        Cast c = Casts.find(Types.UNKNOWN, Types.DATE, CoercionContext.IMPLICIT);
        assertThat(c.apply("2024-01-02", TestContext.UTC)).isEqualTo(java.time.LocalDate.of(2024, 1, 2));
    }
}
