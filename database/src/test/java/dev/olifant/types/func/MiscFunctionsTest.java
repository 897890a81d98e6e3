package dev.olifant.types.func;

import static dev.olifant.types.Types.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MiscFunctionsTest {
    private final TestContext ctx = new TestContext();

    @Test
    void pgSleepSleepsInSlicesAndStopsWhenCancelled() throws Exception {
        long start = System.nanoTime();
        assertThat(ctx.call("pg_sleep", List.of(FLOAT8), 0.12)).isNull();
        assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(110_000_000L);
        assertThat(ctx.interruptChecks).isGreaterThanOrEqualTo(2);

        TestContext cancelled = new TestContext();
        Thread canceller = Thread.ofVirtual().start(() -> {
            try {
                Thread.sleep(100);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
            cancelled.cancelled = true;
        });
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> cancelled.call("pg_sleep", List.of(FLOAT8), 30.0))
                .isInstanceOfSatisfying(PgException.class, e -> assertThat(e.state()).isEqualTo(SqlState.QUERY_CANCELED));
        assertThat(System.nanoTime() - t0).isLessThan(5_000_000_000L);
        canceller.join();
        assertThat(Functions.resolve("pg_sleep", List.of(INT4)).volatility()).isEqualTo(Volatility.VOLATILE);
    }

    @Test
    void uuids() {
        Object a = ctx.call("gen_random_uuid", List.of());
        assertThat(a).isInstanceOf(UUID.class);
        assertThat(((UUID) a).version()).isEqualTo(4);
        assertThat(ctx.op("<", UUID, UUID, java.util.UUID.fromString("00000000-0000-0000-0000-000000000001"),
                java.util.UUID.fromString("ffffffff-0000-0000-0000-000000000000"))).isEqualTo(true);
    }

    @Test
    void typeofAndFunctionStyleCasts() {
        assertThat(ctx.call("pg_typeof", List.of(NUMERIC), (Object) null)).isEqualTo(1700L);
        ResolvedFunction text = Functions.resolve("text", List.of(UNKNOWN));
        assertThat(text.argTypes()).containsExactly(TEXT);
        assertThat(text.resultType()).isEqualTo(TEXT);
        ResolvedFunction date = Functions.resolve("date", List.of(UNKNOWN));
        assertThat(date.resultType()).isEqualTo(DATE);
        assertThat(Functions.resolve("float8", List.of(INT4)).resultType()).isEqualTo(FLOAT8);
    }

    @Test
    void likeEscape() {
        assertThat(ctx.call("like_escape", List.of(TEXT, TEXT), "a#_c%", "#")).isEqualTo("a\\_c%");
        assertThat(ctx.call("like_escape", List.of(TEXT, TEXT), "a\\b", "")).isEqualTo("a\\\\b");
        assertThatThrownBy(() -> ctx.call("like_escape", List.of(TEXT, TEXT), "ab", "xy"))
                .hasMessage("invalid escape string");
    }

    @Test
    void currentTime() {
        TestContext ny = new TestContext("America/New_York");
        assertThat(CurrentTime.currentDate(ny)).isEqualTo(java.time.LocalDate.parse("2024-03-15"));
        assertThat(CurrentTime.localTimestamp(ny, 2)).isEqualTo(java.time.LocalDateTime.parse("2024-03-15T08:34:56.79"));
        assertThat(CurrentTime.currentTimestamp(ny, -1)).isEqualTo(ny.now);
    }
}
