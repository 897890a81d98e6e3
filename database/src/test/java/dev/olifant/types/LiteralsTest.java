package dev.olifant.types;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numeric literal typing; expectations from PostgreSQL 15's pg_typeof(literal). */
class LiteralsTest {

    @ParameterizedTest
    @CsvSource({
        "42, int4",
        "2147483647, int4",
        "2147483648, int8",
        "0000000000002147483647, int4",
        "9223372036854775807, int8",
        "9223372036854775808, numeric",
        "1.5, numeric",
        "1e3, numeric",
        ".5, numeric",
        "5., numeric",
        "0, int4",
    })
    void typeOfLiteral(String lexeme, String type) {
        assertThat(Literals.typeOfNumericLiteral(lexeme)).isEqualTo(Types.byName(type));
    }

    @ParameterizedTest
    @CsvSource({
        "42, 42",
        "2147483648, 2147483648",
        "1.50, 1.50",
        "1e3, 1000",
        "1.5e-3, 0.0015",
        "9223372036854775808, 9223372036854775808",
    })
    void valueOfLiteral(String lexeme, String printed) {
        Object v = Literals.parseNumericLiteral(lexeme);
        PgType t = Literals.typeOfNumericLiteral(lexeme);
        assertThat(TextIO.output(t, v, TestContext.UTC.settings(), null)).isEqualTo(printed);
        if (t == Types.NUMERIC) {
            assertThat(v).isInstanceOf(BigDecimal.class);
        }
    }
}
