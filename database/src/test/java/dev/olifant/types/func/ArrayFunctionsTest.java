package dev.olifant.types.func;

import static dev.olifant.types.Types.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.types.ArrayValue;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Array operators and functions, checked against PostgreSQL 15. */
class ArrayFunctionsTest {
    private final TestContext ctx = new TestContext();

    private static ArrayValue ints(Object... v) {
        return ArrayValue.oneDimensional(INT4, v);
    }

    private static Object[] el(Object a) {
        return ((ArrayValue) a).elements();
    }

    @Test
    void concatenation() {
        assertThat(el(ctx.op("||", INT4_ARRAY, INT4, ints(1, 2), 3))).containsExactly(1, 2, 3);
        assertThat(el(ctx.op("||", INT4, INT4_ARRAY, 0, ints(1, 2)))).containsExactly(0, 1, 2);
        assertThat(el(ctx.op("||", INT4_ARRAY, INT4_ARRAY, ints(1, 2), ints(3)))).containsExactly(1, 2, 3);
        ArrayValue matrix = new ArrayValue(INT4, new int[] {1, 2}, new int[] {1, 1}, new Object[] {1, 2});
        ArrayValue two = (ArrayValue) ctx.op("||", INT4_ARRAY, INT4_ARRAY, matrix, ints(3, 4));
        assertThat(two.dimensions()).containsExactly(2, 2);
        assertThat(two.elements()).containsExactly(1, 2, 3, 4);
        ResolvedFunction append = Functions.resolve("array_append", List.of(INT4_ARRAY, INT4));
        assertThat(el(append.impl().invoke(ctx, new Object[] {null, 5}))).containsExactly(5);
        assertThat(((ArrayValue) append.impl().invoke(ctx, new Object[] {null, 5})).elementType()).isEqualTo(INT4);
        assertThatThrownBy(() -> ctx.op("||", INT4_ARRAY, INT4_ARRAY, matrix,
                new ArrayValue(INT4, new int[] {1, 3}, new int[] {1, 1}, new Object[] {1, 2, 3})))
                .isInstanceOfSatisfying(PgException.class, e -> {
                    assertThat(e.state()).isEqualTo(SqlState.ARRAY_SUBSCRIPT_ERROR);
                    assertThat(e.getMessage()).isEqualTo("cannot concatenate incompatible arrays");
                });
    }

    @Test
    void containmentAndComparison() {
        assertThat(ctx.op("@>", INT4_ARRAY, INT4_ARRAY, ints(1, 2, 3), ints(2, 1))).isEqualTo(true);
        assertThat(ctx.op("@>", INT4_ARRAY, INT4_ARRAY, ints(1, null), ints((Object) null))).isEqualTo(false);
        assertThat(ctx.op("&&", INT4_ARRAY, INT4_ARRAY, ints(1, 2), ints(2, 5))).isEqualTo(true);
        assertThat(ctx.op("<@", INT4_ARRAY, INT4_ARRAY, ints(1, 2), ints(1))).isEqualTo(false);
        assertThat(ctx.op("<", INT4_ARRAY, INT4_ARRAY, ints(1, 2), ints(1, 3))).isEqualTo(true);
        assertThat(ctx.op("<", INT4_ARRAY, INT4_ARRAY, ints(1, 2), ints(1, 2, 0))).isEqualTo(true);
        assertThat(ctx.op("=", INT4_ARRAY, INT4_ARRAY, ints(1, null), ints(1, null))).isEqualTo(true);
    }

    @Test
    void dimensions() {
        ArrayValue matrix = new ArrayValue(INT4, new int[] {2, 2}, new int[] {1, 1}, new Object[] {1, 2, 3, 4});
        assertThat(ctx.call("array_length", List.of(INT4_ARRAY, INT4), ints(1, 2, 3), 1)).isEqualTo(3);
        assertThat(ctx.call("array_length", List.of(INT4_ARRAY, INT4), ints(1), 2)).isNull();
        assertThat(ctx.call("array_dims", List.of(INT4_ARRAY), matrix)).isEqualTo("[1:2][1:2]");
        assertThat(ctx.call("cardinality", List.of(INT4_ARRAY), matrix)).isEqualTo(4);
        assertThat(ctx.call("array_ndims", List.of(INT4_ARRAY), matrix)).isEqualTo(2);
        ArrayValue shifted = new ArrayValue(INT4, new int[] {2}, new int[] {2}, new Object[] {1, 2});
        assertThat(ctx.call("array_lower", List.of(INT4_ARRAY, INT4), shifted, 1)).isEqualTo(2);
        assertThat(ctx.call("array_upper", List.of(INT4_ARRAY, INT4), shifted, 1)).isEqualTo(3);
        assertThat(ctx.call("cardinality", List.of(INT4_ARRAY), ints())).isEqualTo(0);
    }

    @Test
    void searchRemoveReplace() {
        ArrayValue abc = ArrayValue.oneDimensional(TEXT, new Object[] {"a", "b", "a"});
        assertThat(ctx.call("array_position", List.of(TEXT_ARRAY, TEXT, INT4), abc, "a", 2)).isEqualTo(3);
        assertThat(ctx.call("array_position", List.of(TEXT_ARRAY, TEXT), abc, "z")).isNull();
        assertThat(el(ctx.call("array_positions", List.of(INT4_ARRAY, INT4), ints(1, null, 1), 1))).containsExactly(1, 3);
        assertThat(el(ctx.call("array_remove", List.of(INT4_ARRAY, INT4), ints(1, 2, 1), 1))).containsExactly(2);
        assertThat(el(ctx.call("array_remove", List.of(INT4_ARRAY, INT4), ints(1, null), null))).containsExactly(1);
        assertThat(el(ctx.call("array_replace", List.of(INT4_ARRAY, INT4, INT4), ints(1, 2, 1), 1, 9)))
                .containsExactly(9, 2, 9);
    }

    @Test
    void setReturningFunctions() {
        assertThat(drain("generate_series", List.of(INT4, INT4), 1, 3)).containsExactly(1, 2, 3);
        assertThat(drain("generate_series", List.of(INT4, INT4, INT4), 10, 1, -4)).containsExactly(10, 6, 2);
        assertThat(drain("generate_series", List.of(INT4, INT4), 3, 1)).isEmpty();
        assertThat(drain("generate_series", List.of(INT4, INT4, INT4), 2147483646, 2147483647, 1))
                .containsExactly(2147483646, 2147483647);
        assertThat(drain("generate_series", List.of(INT8, INT8), 1L, 2L)).containsExactly(1L, 2L);
        assertThat(drain("generate_series", List.of(NUMERIC, NUMERIC, NUMERIC), new java.math.BigDecimal("1"),
                new java.math.BigDecimal("2"), new java.math.BigDecimal("0.5")).toString()).isEqualTo("[1, 1.5, 2.0]"); // PostgreSQL 15 prints 1, 1.5, 2.0
        assertThat(drain("generate_series", List.of(TIMESTAMP, TIMESTAMP, INTERVAL),
                java.time.LocalDateTime.parse("2024-01-31T00:00"), java.time.LocalDateTime.parse("2024-04-01T00:00"),
                new dev.olifant.types.Interval(1, 0, 0)).toString())
                .isEqualTo("[2024-01-31T00:00, 2024-02-29T00:00, 2024-03-29T00:00]");
        assertThat(drain("unnest", List.of(INT4_ARRAY), ints(1, null, 3))).containsExactly(1, null, 3);
        assertThatThrownBy(() -> drain("generate_series", List.of(INT4, INT4, INT4), 1, 3, 0))
                .hasMessage("step size cannot equal zero");
    }

    @Test
    void zonedSeriesKeepsLocalTimeAcrossDaylightSavingTime() {
        TestContext ny = new TestContext("America/New_York");
        ResolvedFunction f = SetReturningFunctions.resolve("generate_series", List.of(TIMESTAMPTZ, TIMESTAMPTZ, INTERVAL));
        @SuppressWarnings("unchecked")
        Iterator<Object> it = (Iterator<Object>) f.impl().invoke(ny, new Object[] {
            java.time.Instant.parse("2024-03-09T17:00:00Z"), java.time.Instant.parse("2024-03-12T04:00:00Z"),
            new dev.olifant.types.Interval(0, 1, 0)});
        List<Object> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        assertThat(out).containsExactly(java.time.Instant.parse("2024-03-09T17:00:00Z"),
                java.time.Instant.parse("2024-03-10T16:00:00Z"), java.time.Instant.parse("2024-03-11T16:00:00Z"));
        assertThat(drain("generate_series", List.of(NUMERIC, NUMERIC, NUMERIC), new java.math.BigDecimal("1.0"),
                new java.math.BigDecimal("2"), new java.math.BigDecimal("0.3")).toString()).isEqualTo("[1.0, 1.3, 1.6, 1.9]");
    }

    @Test
    void seriesChecksForCancellation() {
        ctx.cancelled = true;
        assertThatThrownBy(() -> drain("generate_series", List.of(INT8, INT8), 1L, 1_000_000L))
                .isInstanceOfSatisfying(PgException.class, e -> assertThat(e.state()).isEqualTo(SqlState.QUERY_CANCELED));
    }

    private List<Object> drain(String name, List<dev.olifant.types.PgType> types, Object... args) {
        ResolvedFunction f = SetReturningFunctions.resolve(name, types);
        @SuppressWarnings("unchecked")
        Iterator<Object> it = (Iterator<Object>) f.impl().invoke(ctx, args);
        List<Object> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
