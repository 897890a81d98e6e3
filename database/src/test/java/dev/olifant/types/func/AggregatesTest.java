package dev.olifant.types.func;

import static dev.olifant.types.Types.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.olifant.types.ArrayValue;
import dev.olifant.types.Interval;
import dev.olifant.types.PgType;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Expected values are PostgreSQL 15's output for the same aggregates over the same rows. */
class AggregatesTest {
    private final TestContext ctx = new TestContext();

    private Object agg(String name, PgType type, Object... rows) {
        ResolvedAggregate a = Aggregates.resolve(name, List.of(type), false);
        AggregateState s = a.newState().get();
        for (Object row : rows) {
            s.add(new Object[] {row}, ctx);
        }
        return s.result(ctx);
    }

    @Test
    void countAndSums() {
        ResolvedAggregate star = Aggregates.resolve("count", List.of(), true);
        assertThat(star.resultType()).isEqualTo(INT8);
        AggregateState s = star.newState().get();
        for (int i = 0; i < 4; i++) {
            s.add(new Object[0], ctx);
        }
        assertThat(s.result(ctx)).isEqualTo(4L);
        assertThat(agg("count", INT4, 1, 2, null, 4)).isEqualTo(3L);
        assertThat(agg("count", TEXT)).isEqualTo(0L);
        assertThat(agg("sum", INT4, 1, 2, null, 4)).isEqualTo(7L);
        assertThat(agg("sum", INT4, Integer.MAX_VALUE, 1)).isEqualTo(2147483648L);
        assertThat(agg("sum", INT4)).isNull();
        assertThat(agg("sum", INT8, 1L, Long.MAX_VALUE)).isEqualTo(new BigDecimal("9223372036854775808"));
        assertThat(agg("sum", NUMERIC, new BigDecimal("1.25"), new BigDecimal("2.5"))).isEqualTo(new BigDecimal("3.75"));
        assertThat(agg("sum", FLOAT8, 1.5, 2.5)).isEqualTo(4.0);
        assertThat(agg("sum", FLOAT4, 1.5f, 2.25f)).isEqualTo(3.75f);
        assertThat(agg("sum", INTERVAL, new Interval(0, 1, 0), new Interval(0, 0, 7_200_000_000L)))
                .isEqualTo(new Interval(0, 1, 7_200_000_000L));
        assertThat(Aggregates.resolve("sum", List.of(INT2), false).resultType()).isEqualTo(INT8);
        assertThat(Aggregates.resolve("sum", List.of(INT8), false).resultType()).isEqualTo(NUMERIC);
        assertThatThrownBy(() -> Aggregates.resolve("sum", List.of(UNKNOWN), false))
                .hasMessage("function sum(unknown) is not unique");
        assertThat(Aggregates.resolve("min", List.of(UNKNOWN), false).resultType()).isEqualTo(TEXT);
    }

    @Test
    void averages() {
        assertThat(agg("avg", INT4, 1, 2)).isEqualTo(new BigDecimal("1.5000000000000000"));
        assertThat(agg("avg", INT4, 1, 2, null, 4)).isEqualTo(new BigDecimal("2.3333333333333333"));
        assertThat(agg("avg", INT8, 1L, Long.MAX_VALUE)).isEqualTo(new BigDecimal("4611686018427387904"));
        assertThat(agg("avg", NUMERIC, new BigDecimal("1.25"), new BigDecimal("2.5")))
                .isEqualTo(new BigDecimal("1.8750000000000000"));
        assertThat(agg("avg", FLOAT8, 1.5, 2.5)).isEqualTo(2.0);
        assertThat(agg("avg", FLOAT4, 1f, 2f)).isEqualTo(1.5);
        assertThat(agg("avg", INTERVAL, new Interval(0, 1, 0), new Interval(0, 0, 7_200_000_000L)))
                .isEqualTo(new Interval(0, 0, 13 * 3_600_000_000L));
        assertThat(agg("avg", INT4)).isNull();
    }

    @Test
    void statistics() {
        assertThat(agg("stddev", INT4, 1, 2, null, 4)).isEqualTo(new BigDecimal("1.5275252316519467"));
        assertThat(agg("variance", INT4, 1, 2, null, 4)).isEqualTo(new BigDecimal("2.3333333333333333"));
        assertThat(agg("var_pop", INT4, 1, 2, null, 4)).isEqualTo(new BigDecimal("1.5555555555555556"));
        assertThat(agg("stddev_pop", INT4, 1, 2, null, 4)).isEqualTo(new BigDecimal("1.2472191289246471"));
        BigDecimal[] xs = {new BigDecimal("1.5"), new BigDecimal("2.25"), new BigDecimal("3")};
        assertThat(agg("variance", NUMERIC, (Object[]) xs)).isEqualTo(new BigDecimal("0.56250000000000000000"));
        assertThat(agg("stddev", NUMERIC, (Object[]) xs)).isEqualTo(new BigDecimal("0.75000000000000000000"));
        assertThat(agg("stddev_pop", NUMERIC, (Object[]) xs)).isEqualTo(new BigDecimal("0.61237243569579452455"));
        assertThat(agg("variance", NUMERIC, new BigDecimal("1.50"), new BigDecimal("1.50"))).isEqualTo(BigDecimal.ZERO);
        assertThat(agg("variance", INT4, 1)).isNull();
        assertThat(agg("var_pop", INT4, 1)).isEqualTo(BigDecimal.ZERO);
        assertThat(agg("stddev", FLOAT8, 1.0, 2.0, 4.0)).isEqualTo(1.5275252316519468);
        assertThat(agg("variance", FLOAT8, 1.0, 2.0, 4.0)).isEqualTo(2.3333333333333335);
        assertThat(agg("stddev", FLOAT8, 1.5, 2.5)).isEqualTo(0.7071067811865476);
    }

    @Test
    void minMaxAndBitwise() {
        assertThat(agg("min", INT4, 3, null, 1, 2)).isEqualTo(1);
        assertThat(agg("max", TEXT, "b", "ab", "ba")).isEqualTo("ba");
        assertThat(agg("max", NUMERIC, new BigDecimal("1.50"), new BigDecimal("1.5"))).isEqualTo(new BigDecimal("1.50"));
        assertThat(agg("min", FLOAT8, 1.5, Double.NaN)).isEqualTo(1.5);
        assertThat(agg("max", FLOAT8, 1.5, Double.NaN)).isEqualTo(Double.NaN);
        assertThat(agg("min", INTERVAL, new Interval(1, 0, 0), new Interval(0, 29, 0))).isEqualTo(new Interval(0, 29, 0));
        ArrayValue a = ArrayValue.oneDimensional(INT4, new Object[] {1, 2});
        ArrayValue b = ArrayValue.oneDimensional(INT4, new Object[] {1, 3});
        assertThat(agg("max", INT4_ARRAY, a, b)).isEqualTo(b);
        assertThat(Aggregates.resolve("min", List.of(VARCHAR), false).resultType()).isEqualTo(TEXT);
        assertThat(agg("bit_and", INT4, 1, 2, null, 4)).isEqualTo(0);
        assertThat(agg("bit_or", INT4, 1, 2, null, 4)).isEqualTo(7);
        assertThat(agg("bit_xor", INT2, (short) 1, (short) 3)).isEqualTo((short) 2);
    }

    @Test
    void boolStringAndArrayAggregates() {
        assertThat(agg("bool_and", BOOL, true, false, null)).isEqualTo(false);
        assertThat(agg("bool_or", BOOL, true, false, null)).isEqualTo(true);
        assertThat(agg("every", BOOL, true, null)).isEqualTo(true);
        assertThat(agg("bool_and", BOOL)).isNull();
        ResolvedAggregate sa = Aggregates.resolve("string_agg", List.of(TEXT, UNKNOWN), false);
        assertThat(sa.argTypes()).containsExactly(TEXT, TEXT);
        AggregateState s = sa.newState().get();
        s.add(new Object[] {"a", ","}, ctx);
        s.add(new Object[] {null, ","}, ctx);
        s.add(new Object[] {"c", ","}, ctx);
        assertThat(s.result(ctx)).isEqualTo("a,c");
        ResolvedAggregate aa = Aggregates.resolve("array_agg", List.of(TEXT), false);
        assertThat(aa.resultType()).isEqualTo(TEXT_ARRAY);
        AggregateState as = aa.newState().get();
        as.add(new Object[] {"a"}, ctx);
        as.add(new Object[] {null}, ctx);
        assertThat(((ArrayValue) as.result(ctx)).elements()).containsExactly("a", null);
        assertThat(aa.newState().get().result(ctx)).isNull();
        ResolvedAggregate nested = Aggregates.resolve("array_agg", List.of(INT4_ARRAY), false);
        assertThat(nested.resultType()).isEqualTo(INT4_ARRAY);
        AggregateState ns = nested.newState().get();
        ns.add(new Object[] {ArrayValue.oneDimensional(INT4, new Object[] {1, 2})}, ctx);
        ns.add(new Object[] {ArrayValue.oneDimensional(INT4, new Object[] {3, 4})}, ctx);
        assertThat(((ArrayValue) ns.result(ctx)).dimensions()).containsExactly(2, 2);
        assertThatThrownBy(() -> ns.add(new Object[] {ArrayValue.oneDimensional(INT4, new Object[] {5})}, ctx))
                .hasMessage("cannot accumulate arrays of different dimensionality");
        assertThat(Aggregates.isAggregate("pg_catalog.count")).isTrue();
        assertThat(Aggregates.isAggregate("lower")).isFalse();
        assertThatThrownBy(() -> Aggregates.resolve("sum", List.of(TEXT), false))
                .hasMessage("function sum(text) does not exist");
        assertThatThrownBy(() -> Aggregates.resolve("sum", List.of(), true)).hasMessage("function sum(*) does not exist");
    }
}
