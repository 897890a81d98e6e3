package dev.olifant.types.func;

import static dev.olifant.types.Types.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import org.junit.jupiter.api.Test;

/** LIKE semantics checked against PostgreSQL 15. */
class LikeTest {
    private final TestContext ctx = new TestContext();

    private boolean like(String text, String pattern) {
        return (Boolean) ctx.op("~~", TEXT, TEXT, text, pattern);
    }

    @Test
    void wildcards() {
        assertThat(like("abc", "a%")).isTrue();
        assertThat(like("abc", "a_c")).isTrue();
        assertThat(like("abc", "A%")).isFalse();
        assertThat(like("", "%")).isTrue();
        assertThat(like("abc", "%c%")).isTrue();
        assertThat(like("abcd", "_b%d")).isTrue();
        assertThat(like("ab", "a")).isFalse();
        assertThat(like("ab", "a%%%")).isTrue();
        assertThat(like("a", "a_")).isFalse();
        assertThat(like("😀x", "_x")).isTrue();
        assertThat(like("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab", "%a%a%a%a%a%a%a%a%c")).isFalse();
    }

    @Test
    void escapes() {
        assertThat(like("a%c", "a\\%c")).isTrue();
        assertThat(like("abc", "a\\%c")).isFalse();
        assertThat(like("x_y", "x\\_y")).isTrue();
        assertThat(like("a", "a\\")).isFalse();
        assertThatThrownBy(() -> like("ab", "a\\")).isInstanceOfSatisfying(PgException.class, e -> {
            assertThat(e.state()).isEqualTo(SqlState.INVALID_ESCAPE_SEQUENCE);
            assertThat(e.getMessage()).isEqualTo("LIKE pattern must not end with escape character");
        });
        assertThat(LikeMatcher.like("a#%", "a##%", '#')).isTrue();
    }

    @Test
    void negationAndCaseInsensitivity() {
        assertThat(ctx.op("~~*", TEXT, TEXT, "abc", "A%")).isEqualTo(true);
        assertThat(ctx.op("!~~", TEXT, TEXT, "abc", "a%")).isEqualTo(false);
        assertThat(ctx.op("!~~*", TEXT, TEXT, "ABC", "a%")).isEqualTo(false);
        assertThat(ctx.op("~~", NAME, UNKNOWN, "pg_class", "pg\\_%")).isEqualTo(true);
        assertThat(ctx.op("~~", BPCHAR, TEXT, "ab   ", "ab")).isEqualTo(true);
    }
}
