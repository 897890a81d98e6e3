package dev.olifant.types;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Ordering, equality and hashing against PostgreSQL's ORDER BY and DISTINCT ({@code ordering.tsv}). */
class ValueOpsTest {

    @TestFactory
    Stream<DynamicTest> orderingMatchesPostgres() throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (var r = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("ordering.tsv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.startsWith("#") && !line.isEmpty()) {
                    rows.add(line.split("\t", 4));
                }
            }
        }
        return rows.stream().map(row -> DynamicTest.dynamicTest(row[0], () -> {
            FormatSettings fs = TestContext.UTC.settings();
            PgType type = ReferenceCases.type(row[0]).type();
            List<Object> values = new ArrayList<>();
            for (String text : row[1].split("\\|", -1)) {
                values.add(TextIO.input(type, -1, text, fs, null));
            }
            List<Object> sorted = new ArrayList<>(values);
            sorted.sort(ValueOps.comparator(type));
            assertThat(sorted.stream().map(v -> TextIO.output(type, v, fs, null)).collect(Collectors.joining("|")))
                    .isEqualTo(row[2]);
            List<Object> distinct = new ArrayList<>();
            for (Object v : values) {
                boolean seen = false;
                for (Object d : distinct) {
                    if (ValueOps.equal(type, v, d)) {
                        assertThat(ValueOps.hash(type, v)).isEqualTo(ValueOps.hash(type, d));
                        seen = true;
                    }
                }
                if (!seen) {
                    distinct.add(v);
                }
            }
            assertThat(distinct).hasSize(Integer.parseInt(row[3]));
        }));
    }

    @Test
    void crossTypeNumericComparison() {
        assertThat(ValueOps.compareAcross(Types.INT4, 5, Types.INT8, 5L)).isZero();
        assertThat(ValueOps.compareAcross(Types.INT4, 5, Types.NUMERIC, new BigDecimal("5.5"))).isNegative();
        assertThat(ValueOps.compareAcross(Types.NUMERIC, new BigDecimal("5.00"), Types.INT2, (short) 5)).isZero();
        assertThat(ValueOps.compareAcross(Types.INT8, Long.MAX_VALUE, Types.FLOAT8, Double.NaN)).isNegative();
        assertThat(ValueOps.compareAcross(Types.FLOAT4, 0.1f, Types.FLOAT8, 0.1)).isPositive();
        assertThat(ValueOps.compareAcross(Types.BPCHAR, "ab  ", Types.TEXT, "ab")).isZero();
        assertThat(ValueOps.compareAcross(Types.TEXT, "ab ", Types.BPCHAR, "ab")).isPositive();
        assertThat(ValueOps.compareAcross(Types.DATE, java.time.LocalDate.of(2024, 1, 2), Types.TIMESTAMP,
                java.time.LocalDateTime.of(2024, 1, 2, 0, 0))).isZero();
    }

    @Test
    void numericHashIgnoresScale() {
        assertThat(ValueOps.hash(Types.NUMERIC, new BigDecimal("1.0")))
                .isEqualTo(ValueOps.hash(Types.NUMERIC, new BigDecimal("1.00")));
        assertThat(ValueOps.hash(Types.INT4, -1)).isEqualTo(ValueOps.hash(Types.INT8, -1L));
        assertThat(ValueOps.equal(Types.INTERVAL, new Interval(0, 1, 0), new Interval(0, 0, 86_400_000_000L))).isTrue();
        assertThat(ValueOps.equal(Types.BYTEA, new byte[] {1}, new byte[] {1})).isTrue();
        // '{"a":1.0}'::jsonb = '{"a":1}'::jsonb is true in PostgreSQL
        String a = dev.olifant.types.json.Jsonb.normalize("{\"a\":1.0}");
        String b = dev.olifant.types.json.Jsonb.normalize("{\"a\":1}");
        assertThat(ValueOps.equal(Types.JSONB, a, b)).isTrue();
        assertThat(ValueOps.hash(Types.JSONB, a)).isEqualTo(ValueOps.hash(Types.JSONB, b));
        assertThat(Arrays.asList(ValueOps.equal(Types.FLOAT8, -0.0, 0.0), ValueOps.equal(Types.FLOAT8, Double.NaN,
                Double.NaN))).containsExactly(true, true);
    }
}
