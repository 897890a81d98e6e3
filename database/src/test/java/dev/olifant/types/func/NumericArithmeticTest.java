package dev.olifant.types.func;

import static dev.olifant.types.Types.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Expected values are PostgreSQL 15's output for the same expressions. */
class NumericArithmeticTest {
    private final TestContext ctx = new TestContext();

    private String num(String op, String a, String b) {
        return ((BigDecimal) ctx.op(op, NUMERIC, NUMERIC, new BigDecimal(a), new BigDecimal(b))).toPlainString();
    }

    private String fn(String name, String... args) {
        Object[] values = new Object[args.length];
        java.util.List<dev.olifant.types.PgType> types = new java.util.ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            values[i] = new BigDecimal(args[i]);
            types.add(NUMERIC);
        }
        return ((BigDecimal) ctx.call(name, types, values)).toPlainString();
    }

    @Test
    void divisionScaleFollowsSelectDivScale() {
        assertThat(num("/", "10", "4")).isEqualTo("2.5000000000000000");
        assertThat(num("/", "1", "3")).isEqualTo("0.33333333333333333333");
        assertThat(num("/", "2", "3")).isEqualTo("0.66666666666666666667");
        assertThat(num("/", "100", "7")).isEqualTo("14.2857142857142857");
        assertThat(num("/", "1", "1000000")).isEqualTo("0.000001000000000000000000");
        assertThat(num("/", "123456789", "0.001")).isEqualTo("123456789000.00000000");
        assertThat(num("/", "3.0", "7.00")).isEqualTo("0.42857142857142857143");
    }

    @Test
    void addMultiplyModuloKeepScales() {
        assertThat(num("+", "1.5", "2.25")).isEqualTo("3.75");
        assertThat(num("*", "0.1", "0.2")).isEqualTo("0.02");
        assertThat(num("%", "5.5", "2")).isEqualTo("1.5");
        assertThat(num("%", "-7", "3")).isEqualTo("-1");
        assertThat(num("%", "10", "3.00")).isEqualTo("1.00");
        assertThat(num("-", "1.50", "1.5")).isEqualTo("0.00");
    }

    @Test
    void powerRootsAndLogarithms() {
        assertThat(num("^", "2", "10")).isEqualTo("1024.0000000000000000");
        assertThat(num("^", "2.5", "2")).isEqualTo("6.2500000000000000");
        assertThat(num("^", "2", "0.5")).isEqualTo("1.4142135623730950");
        assertThat(num("^", "2", "-2")).isEqualTo("0.2500000000000000");
        assertThat(num("^", "1.5", "3")).isEqualTo("3.3750000000000000");
        assertThat(num("^", "10", "20")).isEqualTo("100000000000000000000.0000000000000000");
        assertThat(num("^", "0.5", "0.5")).isEqualTo("0.7071067811865475");
        assertThat(num("^", "1.0001", "10000")).isEqualTo("2.7181459268252249");
        assertThat(num("^", "1.00000001", "2147483647")).isEqualTo("2120327431.7135648273598042");
        assertThatThrownBy(() -> num("^", "10", "1000000")).hasMessage("value overflows numeric format");
        assertThatThrownBy(() -> fn("exp", "7000")).hasMessage("value overflows numeric format");
        assertThat(fn("sqrt", "2")).isEqualTo("1.414213562373095");
        assertThat(fn("sqrt", "16")).isEqualTo("4.000000000000000");
        assertThat(fn("sqrt", "0.0001")).isEqualTo("0.01000000000000000");
        assertThat(fn("exp", "1")).isEqualTo("2.7182818284590452");
        assertThat(fn("exp", "10")).isEqualTo("22026.465794806717");
        assertThat(fn("exp", "-10")).isEqualTo("0.00004539992976248485");
        assertThat(fn("ln", "10")).isEqualTo("2.3025850929940457");
        assertThat(fn("ln", "2")).isEqualTo("0.6931471805599453");
        assertThat(fn("ln", "1.0001")).isEqualTo("0.00009999500033330834");
        assertThat(fn("log", "100")).isEqualTo("2.0000000000000000");
        assertThat(fn("log", "1000")).isEqualTo("3.0000000000000000");
        assertThat(fn("log", "2", "64")).isEqualTo("6.0000000000000000");
    }

    @Test
    void roundingFunctions() {
        assertThat(fn("round", "2.5")).isEqualTo("3");
        assertThat(fn("round", "-2.5")).isEqualTo("-3");
        assertThat(((BigDecimal) ctx.call("round", List.of(NUMERIC, INT4), new BigDecimal("1234.5678"), -2))
                .toPlainString()).isEqualTo("1200");
        assertThat(((BigDecimal) ctx.call("round", List.of(NUMERIC, INT4), new BigDecimal("1.2345"), 2))
                .toPlainString()).isEqualTo("1.23");
        assertThat(fn("trunc", "-1.99")).isEqualTo("-1");
        assertThat(fn("ceil", "-1.5")).isEqualTo("-1");
        assertThat(fn("floor", "-1.5")).isEqualTo("-2");
        assertThat(fn("div", "7", "2")).isEqualTo("3");
        assertThat(fn("mod", "-7", "2")).isEqualTo("-1");
        assertThat(fn("sign", "-2.5")).isEqualTo("-1");
        assertThat(fn("gcd", "12", "18.5")).isEqualTo("0.5");
        assertThat(fn("trim_scale", "1.500")).isEqualTo("1.5");
        assertThat(ctx.call("scale", List.of(NUMERIC), new BigDecimal("1.500"))).isEqualTo(3);
    }

    @Test
    void errors() {
        assertThatThrownBy(() -> num("/", "1", "0")).isInstanceOfSatisfying(PgException.class, e -> {
            assertThat(e.state()).isEqualTo(SqlState.DIVISION_BY_ZERO);
            assertThat(e.getMessage()).isEqualTo("division by zero");
        });
        assertThatThrownBy(() -> num("%", "1", "0")).hasMessage("division by zero");
        assertThatThrownBy(() -> num("^", "0", "-1")).hasMessage("zero raised to a negative power is undefined");
        assertThatThrownBy(() -> num("^", "-2", "0.5"))
                .hasMessage("a negative number raised to a non-integer power yields a complex result");
        assertThatThrownBy(() -> fn("ln", "0")).hasMessage("cannot take logarithm of zero");
        assertThatThrownBy(() -> fn("ln", "-1")).hasMessage("cannot take logarithm of a negative number");
        assertThatThrownBy(() -> fn("sqrt", "-1")).hasMessage("cannot take square root of a negative number");
    }

    @Test
    void comparisonsIgnoreScale() {
        assertThat(ctx.op("=", NUMERIC, NUMERIC, new BigDecimal("1.50"), new BigDecimal("1.5"))).isEqualTo(true);
        assertThat(ctx.op("<", NUMERIC, NUMERIC, new BigDecimal("-1"), new BigDecimal("0.5"))).isEqualTo(true);
        assertThat(ctx.op("-", null, NUMERIC, null, new BigDecimal("1.50"))).isEqualTo(new BigDecimal("-1.50"));
    }
}
