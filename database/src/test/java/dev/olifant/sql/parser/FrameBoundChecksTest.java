package dev.olifant.sql.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.olifant.error.PgException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Window frame bounds PostgreSQL's grammar rejects (42P20), with PostgreSQL 15's messages; the
 * error points at the offending bound (where PostgreSQL 15 puts its caret).
 */
class FrameBoundChecksTest {

    static Stream<Arguments> rejected() {
        return Stream.of(
                Arguments.of("select sum(1) over (rows unbounded following) from t", "unbounded following",
                        "frame start cannot be UNBOUNDED FOLLOWING"),
                Arguments.of("select sum(1) over (rows 1 following) from t", "1 following",
                        "frame starting from following row cannot end with current row"),
                Arguments.of("select sum(1) over (rows between unbounded following and current row) from t",
                        "unbounded following", "frame start cannot be UNBOUNDED FOLLOWING"),
                Arguments.of("select sum(1) over (rows between current row and unbounded preceding) from t",
                        "unbounded preceding", "frame end cannot be UNBOUNDED PRECEDING"),
                Arguments.of("select sum(1) over (rows between current row and 1 preceding) from t", "1 preceding",
                        "frame starting from current row cannot have preceding rows"),
                Arguments.of("select sum(1) over (rows between 1 following and current row) from t", "current row)",
                        "frame starting from following row cannot have preceding rows"));
    }

    @ParameterizedTest
    @MethodSource("rejected")
    void rejectsLikePostgres(String sql, String at, String message) {
        assertThatThrownBy(() -> Parser.parse(sql))
                .isInstanceOfSatisfying(PgException.class, e -> {
                    assertThat(e.state().code()).isEqualTo("42P20");
                    assertThat(e.getMessage()).isEqualTo(message);
                    assertThat(e.position()).isEqualTo(sql.indexOf(at) + 1);
                });
    }

    @Test
    void acceptsValidFrames() {
        assertThat(Parser.parse("select sum(1) over (rows between 1 preceding and 1 following) from t")).hasSize(1);
        assertThat(Parser.parse("select sum(1) over (rows between 1 following and 2 following) from t")).hasSize(1);
        assertThat(Parser.parse("select sum(1) over (range unbounded preceding) from t")).hasSize(1);
    }
}
