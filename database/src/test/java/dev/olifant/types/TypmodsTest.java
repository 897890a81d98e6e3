package dev.olifant.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Typmod encoding, format_type and length coercion; expectations from PostgreSQL 15. */
class TypmodsTest {

    @TestFactory
    Stream<DynamicTest> encodingAndFormatMatchPostgres() throws IOException {
        var rows = new java.util.ArrayList<String[]>();
        try (var r = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("typmods.tsv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.startsWith("#") && !line.isEmpty()) {
                    rows.add(line.split("\t"));
                }
            }
        }
        return rows.stream().map(row -> DynamicTest.dynamicTest(row[0], () -> {
            ReferenceCases.TypeSpec spec = ReferenceCases.type(row[0]);
            assertThat(spec.typmod()).isEqualTo(Integer.parseInt(row[1]));
            assertThat(Typmods.format(spec.type(), spec.typmod())).isEqualTo(row[2]);
            assertThat(Typmods.formatName(spec.type())).isEqualTo(row[3]);
        }));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "varchar|0|22023|length for type varchar must be at least 1",
        "varchar|10485761|22023|length for type varchar cannot exceed 10485760",
        "bpchar|0|22023|length for type char must be at least 1",
        "numeric|1001|22023|NUMERIC precision 1001 must be between 1 and 1000",
        "numeric|0|22023|NUMERIC precision 0 must be between 1 and 1000",
        "timestamptz|-1|22023|TIMESTAMP(-1) WITH TIME ZONE precision must not be negative",
        "text|5|42601|type modifier is not allowed for type \"text\"",
        "int4|3|42601|type modifier is not allowed for type \"int4\"",
    })
    void encodeErrors(String type, int modifier, String state, String message) {
        assertThatThrownBy(() -> Typmods.encode(Types.byName(type), new int[] {modifier}))
                .isInstanceOfSatisfying(PgException.class, e -> {
                    assertThat(e.state().code()).isEqualTo(state);
                    assertThat(e.getMessage()).isEqualTo(message);
                });
    }

    @Test
    void numericModifierErrors() {
        assertThatThrownBy(() -> Typmods.encode(Types.NUMERIC, new int[] {10, 1001}))
                .hasMessage("NUMERIC scale 1001 must be between -1000 and 1000");
        assertThatThrownBy(() -> Typmods.encode(Types.NUMERIC, new int[] {1, 2, 3}))
                .hasMessage("invalid NUMERIC type modifier");
        assertThat(Typmods.encode(Types.TIME, new int[] {7})).isEqualTo(6);
    }

    @Test
    void assignmentRejectsWhatAnExplicitCastTruncates() {
        int vc3 = Typmods.encode(Types.VARCHAR, new int[] {3});
        assertThat(Typmods.apply(Types.VARCHAR, vc3, "abcd", true)).isEqualTo("abc");
        assertThat(Typmods.apply(Types.VARCHAR, vc3, "abc   ", false)).isEqualTo("abc");
        assertThatThrownBy(() -> Typmods.apply(Types.VARCHAR, vc3, "abcd", false))
                .isInstanceOfSatisfying(PgException.class, e -> {
                    assertThat(e.state()).isEqualTo(SqlState.STRING_DATA_RIGHT_TRUNCATION);
                    assertThat(e.getMessage()).isEqualTo("value too long for type character varying(3)");
                });
        int bp3 = Typmods.encode(Types.BPCHAR, new int[] {3});
        assertThat(Typmods.apply(Types.BPCHAR, bp3, "a", false)).isEqualTo("a  ");
        assertThatThrownBy(() -> Typmods.apply(Types.BPCHAR, bp3, "abcd", false))
                .hasMessage("value too long for type character(3)");
        // typmod applied through the input function (COPY, bind parameters) has assignment semantics
        assertThatThrownBy(() -> TextIO.input(Types.VARCHAR, vc3, "abcd", TestContext.UTC.settings(), null))
                .hasMessage("value too long for type character varying(3)");
    }

    @Test
    void numericOverflowDetail() {
        int n52 = Typmods.encode(Types.NUMERIC, new int[] {5, 2});
        assertThat(Typmods.apply(Types.NUMERIC, n52, new BigDecimal("-1.005"), false)).isEqualTo(new BigDecimal("-1.01"));
        assertThatThrownBy(() -> Typmods.apply(Types.NUMERIC, n52, new BigDecimal("1000"), false))
                .isInstanceOfSatisfying(PgException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("numeric field overflow");
                    assertThat(e.detail()).isEqualTo(
                            "A field with precision 5, scale 2 must round to an absolute value less than 10^3.");
                });
    }
}
