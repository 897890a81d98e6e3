package dev.olifant.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Binary send/receive against the bytes PostgreSQL 15's typsend functions produce ({@code binary.tsv}). */
class BinaryIOReferenceTest {
    private static final FormatSettings UTC = FormatSettings.defaults(ZoneId.of("Etc/UTC"));

    @TestFactory
    Stream<DynamicTest> matchesPostgres() throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (var r = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("binary.tsv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.startsWith("#") && !line.isEmpty()) {
                    rows.add(line.split("\t", 3));
                }
            }
        }
        return rows.stream().map(row -> DynamicTest.dynamicTest(row[0] + " " + row[1], () -> {
            PgType type = ReferenceCases.type(row[0]).type();
            Object value = TextIO.input(type, -1, row[1], UTC, null);
            assertThat(HexFormat.of().formatHex(BinaryIO.send(type, value))).isEqualTo(row[2]);
            Object back = BinaryIO.receive(type, -1, HexFormat.of().parseHex(row[2]));
            assertThat(ValueOps.equal(type, value, back)).isTrue();
            assertThat(TextIO.output(type, back, UTC, null)).isEqualTo(TextIO.output(type, value, UTC, null));
        }));
    }

    @Test
    void shortDataIsInsufficient() {
        assertThatThrownBy(() -> BinaryIO.receive(Types.INT4, -1, new byte[] {0, 1}))
                .isInstanceOfSatisfying(PgException.class, e -> {
                    assertThat(e.state()).isEqualTo(SqlState.INVALID_BINARY_REPRESENTATION);
                    assertThat(e.getMessage()).isEqualTo("insufficient data left in message");
                });
    }

    @Test
    void extraDataNamesTheParameter() {
        assertThatThrownBy(() -> BinaryIO.receive(Types.INT4, -1, new byte[] {0, 0, 0, 1, 0}, 2))
                .isInstanceOfSatisfying(PgException.class, e -> {
                    assertThat(e.state()).isEqualTo(SqlState.INVALID_BINARY_REPRESENTATION);
                    assertThat(e.getMessage()).isEqualTo("incorrect binary data format in bind parameter 2");
                });
    }

    @Test
    void receiveAppliesTypmod() {
        byte[] wire = BinaryIO.send(Types.NUMERIC, new java.math.BigDecimal("1.555"));
        assertThat(BinaryIO.receive(Types.NUMERIC, Typmods.encode(Types.NUMERIC, new int[] {5, 2}), wire))
                .isEqualTo(new java.math.BigDecimal("1.56"));
    }

    @Test
    void arrayElementTypeMustMatch() {
        byte[] wire = BinaryIO.send(Types.INT4_ARRAY, ArrayValue.oneDimensional(Types.INT4, new Object[] {1}));
        assertThatThrownBy(() -> BinaryIO.receive(Types.INT8_ARRAY, -1, wire))
                .isInstanceOfSatisfying(PgException.class, e -> assertThat(e.getMessage())
                        .isEqualTo("binary data has array element type 23 (integer) instead of expected 20 (bigint)"));
    }
}
