package dev.olifant.types.func;

import static dev.olifant.types.Types.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import java.util.List;
import org.junit.jupiter.api.Test;

class IntegerFloatArithmeticTest {
    private final TestContext ctx = new TestContext();

    @Test
    void integerArithmetic() {
        assertThat(ctx.op("/", INT4, INT4, 7, 2)).isEqualTo(3);
        assertThat(ctx.op("/", INT4, INT4, -7, 2)).isEqualTo(-3);
        assertThat(ctx.op("%", INT4, INT4, -7, 2)).isEqualTo(-1);
        assertThat(ctx.op("+", INT2, INT4, (short) 1, 2)).isEqualTo(3);
        assertThat(ctx.op("+", INT4, INT8, 1, 2L)).isEqualTo(3L);
        assertThat(ctx.op("*", INT2, INT4, (short) 100, 300)).isEqualTo(30000);
        assertThat(ctx.op("*", INT2, INT2, (short) 100, (short) 300)).isEqualTo((short) 30000);
        assertThat(ctx.op("-", null, INT4, null, 5)).isEqualTo(-5);
        assertThat(ctx.op("@", null, INT8, null, -5L)).isEqualTo(5L);
        assertThat(ctx.op("&", INT4, INT4, 6, 3)).isEqualTo(2);
        assertThat(ctx.op("<<", INT4, INT4, 1, 4)).isEqualTo(16);
        assertThat(ctx.op("%", INT4, INT4, Integer.MIN_VALUE, -1)).isEqualTo(0);
        assertThat(ctx.op("<", INT8, INT2, 1L, (short) 2)).isEqualTo(true);
    }

    @Test
    void integerOverflow() {
        assertThatThrownBy(() -> ctx.op("+", INT4, INT4, Integer.MAX_VALUE, 1))
                .isInstanceOfSatisfying(PgException.class, e -> {
                    assertThat(e.state()).isEqualTo(SqlState.NUMERIC_VALUE_OUT_OF_RANGE);
                    assertThat(e.getMessage()).isEqualTo("integer out of range");
                });
        assertThatThrownBy(() -> ctx.op("*", INT2, INT2, (short) 300, (short) 300))
                .hasMessage("smallint out of range");
        assertThatThrownBy(() -> ctx.op("*", INT8, INT8, Long.MAX_VALUE, 2L)).hasMessage("bigint out of range");
        assertThatThrownBy(() -> ctx.op("/", INT4, INT4, Integer.MIN_VALUE, -1)).hasMessage("integer out of range");
        assertThatThrownBy(() -> ctx.op("-", null, INT4, null, Integer.MIN_VALUE)).hasMessage("integer out of range");
        assertThatThrownBy(() -> ctx.op("/", INT4, INT4, 1, 0)).isInstanceOfSatisfying(PgException.class,
                e -> assertThat(e.state()).isEqualTo(SqlState.DIVISION_BY_ZERO));
        assertThatThrownBy(() -> ctx.call("abs", List.of(INT4), Integer.MIN_VALUE)).hasMessage("integer out of range");
    }

    @Test
    void floatArithmetic() {
        assertThat(ctx.op("/", FLOAT8, FLOAT8, 1.0, 4.0)).isEqualTo(0.25);
        assertThat(ctx.op("+", FLOAT4, FLOAT4, 1.5f, 2.25f)).isEqualTo(3.75f);
        assertThat(ctx.op("+", FLOAT4, FLOAT8, 1.5f, 2.25)).isEqualTo(3.75);
        assertThat(ctx.op("^", FLOAT8, FLOAT8, 2.0, 10.0)).isEqualTo(1024.0);
        assertThat(ctx.op("=", FLOAT8, FLOAT8, Double.NaN, Double.NaN)).isEqualTo(true);
        assertThat(ctx.op(">", FLOAT8, FLOAT8, Double.NaN, Double.POSITIVE_INFINITY)).isEqualTo(true);
        assertThat(ctx.op("=", FLOAT8, FLOAT8, -0.0, 0.0)).isEqualTo(true);
        assertThatThrownBy(() -> ctx.op("*", FLOAT8, FLOAT8, 1e308, 10.0))
                .hasMessage("value out of range: overflow");
        assertThatThrownBy(() -> ctx.op("/", FLOAT8, FLOAT8, 1.0, 0.0)).hasMessage("division by zero");
        assertThatThrownBy(() -> ctx.op("*", FLOAT8, FLOAT8, 1e-308, 1e-308))
                .hasMessage("value out of range: underflow");
    }

    @Test
    void floatFunctions() {
        assertThat(ctx.call("round", List.of(FLOAT8), 2.5)).isEqualTo(2.0);
        assertThat(ctx.call("round", List.of(FLOAT8), 3.5)).isEqualTo(4.0);
        assertThat(ctx.call("trunc", List.of(FLOAT8), -1.7)).isEqualTo(-1.0);
        assertThat(ctx.call("sqrt", List.of(FLOAT8), 16.0)).isEqualTo(4.0);
        assertThat(ctx.call("cbrt", List.of(FLOAT8), 27.0)).isEqualTo(3.0000000000000004); // as glibc, hence PostgreSQL
        assertThat(ctx.call("cbrt", List.of(FLOAT8), -1e-310)).isEqualTo(-4.641588833612775e-104);
        assertThat(ctx.call("power", List.of(FLOAT8, FLOAT8), 2.0, 3.0)).isEqualTo(8.0);
        assertThat(ctx.call("log", List.of(FLOAT8), 1000.0)).isEqualTo(3.0);
        assertThat(ctx.call("pi", List.of())).isEqualTo(Math.PI);
        assertThat(ctx.call("mod", List.of(INT4, INT4), 7, 3)).isEqualTo(1);
        assertThat(ctx.call("gcd", List.of(INT4, INT4), 12, 18)).isEqualTo(6);
        assertThat(ctx.call("lcm", List.of(INT8, INT8), 4L, 6L)).isEqualTo(12L);
        assertThat(ctx.call("width_bucket", List.of(FLOAT8, FLOAT8, FLOAT8, INT4), 5.35, 0.024, 10.06, 5))
                .isEqualTo(3);
        assertThat(ctx.call("sign", List.of(FLOAT8), -3.0)).isEqualTo(-1.0);
        assertThatThrownBy(() -> ctx.call("ln", List.of(FLOAT8), 0.0)).isInstanceOfSatisfying(PgException.class,
                e -> assertThat(e.state()).isEqualTo(SqlState.INVALID_ARGUMENT_FOR_LOGARITHM));
        assertThatThrownBy(() -> ctx.call("sqrt", List.of(FLOAT8), -1.0))
                .hasMessage("cannot take square root of a negative number");
    }

    @Test
    void randomIsSeedable() {
        ctx.call("setseed", List.of(FLOAT8), 0.5);
        double a = (Double) ctx.call("random", List.of());
        ctx.call("setseed", List.of(FLOAT8), 0.5);
        assertThat(ctx.call("random", List.of())).isEqualTo(a);
        assertThat(a).isBetween(0.0, 1.0);
        assertThat(Functions.resolve("random", List.of()).volatility()).isEqualTo(Volatility.VOLATILE);
        assertThatThrownBy(() -> ctx.call("setseed", List.of(FLOAT8), 2.0)).isInstanceOf(PgException.class);
    }
}
