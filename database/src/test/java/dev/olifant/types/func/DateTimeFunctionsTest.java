package dev.olifant.types.func;

import static dev.olifant.types.Types.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.types.Interval;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Expected values are PostgreSQL 15's output with TimeZone America/New_York. */
class DateTimeFunctionsTest {
    private final TestContext ctx = new TestContext("America/New_York");

    private static Interval iv(int months, int days, long micros) {
        return new Interval(months, days, micros);
    }

    private static final long HOUR = 3_600_000_000L;

    @Test
    void zonedArithmeticCrossesDaylightSavingTime() {
        Instant start = Instant.parse("2024-03-09T17:00:00Z");
        assertThat(ctx.op("+", TIMESTAMPTZ, INTERVAL, start, iv(0, 1, 0))).isEqualTo(Instant.parse("2024-03-10T16:00:00Z"));
        assertThat(ctx.op("+", TIMESTAMPTZ, INTERVAL, start, iv(0, 0, 24 * HOUR)))
                .isEqualTo(Instant.parse("2024-03-10T17:00:00Z"));
        assertThat(Operators.resolve("+", TIMESTAMPTZ, INTERVAL).impl()).isNotNull();
    }

    @Test
    void dateAndTimestampArithmetic() {
        assertThat(ctx.op("+", TIMESTAMP, INTERVAL, LocalDateTime.parse("2024-01-31T00:00"), iv(1, 0, 0)))
                .isEqualTo(LocalDateTime.parse("2024-02-29T00:00"));
        assertThat(ctx.op("+", DATE, INT4, LocalDate.parse("2024-02-28"), 2)).isEqualTo(LocalDate.parse("2024-03-01"));
        assertThat(ctx.op("-", DATE, DATE, LocalDate.parse("2024-03-01"), LocalDate.parse("2024-02-01"))).isEqualTo(29);
        assertThat(ctx.op("-", TIMESTAMP, TIMESTAMP, LocalDateTime.parse("2024-01-02T03:04"),
                LocalDateTime.parse("2024-01-01T00:00"))).isEqualTo(iv(0, 1, 3 * HOUR + 4 * 60_000_000L));
        assertThat(ctx.op("-", TIMESTAMPTZ, TIMESTAMPTZ, Instant.parse("2024-01-01T00:00:00Z"),
                Instant.parse("2023-12-25T12:00:00Z"))).isEqualTo(iv(0, 6, 12 * HOUR));
        assertThat(ctx.op("+", DATE, TIME, LocalDate.parse("2024-01-01"), LocalTime.parse("10:30")))
                .isEqualTo(LocalDateTime.parse("2024-01-01T10:30"));
        assertThat(ctx.op("+", DATE, INTERVAL, LocalDate.parse("2024-01-01"), iv(0, 0, HOUR)))
                .isEqualTo(LocalDateTime.parse("2024-01-01T01:00"));
        assertThat(ctx.op("+", TIME, INTERVAL, LocalTime.parse("23:00"), iv(0, 0, 2 * HOUR)))
                .isEqualTo(LocalTime.parse("01:00"));
        assertThat(ctx.op("-", TIME, TIME, LocalTime.parse("10:00"), LocalTime.parse("12:30")))
                .isEqualTo(iv(0, 0, -150 * 60_000_000L));
    }

    @Test
    void intervalArithmetic() {
        assertThat(ctx.op("*", INTERVAL, FLOAT8, iv(1, 0, 0), 1.5)).isEqualTo(iv(1, 15, 0));
        assertThat(ctx.op("/", INTERVAL, FLOAT8, iv(0, 1, 0), 3.0)).isEqualTo(iv(0, 0, 8 * HOUR));
        assertThat(ctx.op("*", INTERVAL, FLOAT8, iv(0, 0, 2 * HOUR), 0.3333)).isEqualTo(iv(0, 0, 2399_760_000L));
        assertThat(ctx.op("+", INTERVAL, INTERVAL, iv(1, 2, 3), iv(1, 1, 1))).isEqualTo(iv(2, 3, 4));
        assertThat(ctx.op("-", null, INTERVAL, null, iv(1, 2, 3))).isEqualTo(iv(-1, -2, -3));
        assertThat(ctx.op("<", INTERVAL, INTERVAL, iv(0, -1, 0), iv(0, 0, HOUR))).isEqualTo(true);
        assertThat(ctx.op("=", INTERVAL, INTERVAL, iv(1, 0, 0), iv(0, 30, 0))).isEqualTo(true);
        assertThat(ctx.op("=", INTERVAL, INTERVAL, iv(0, 1, 0), iv(0, 0, 24 * HOUR))).isEqualTo(true);
        assertThatThrownBy(() -> ctx.op("/", INTERVAL, FLOAT8, iv(0, 1, 0), 0.0)).hasMessage("division by zero");
        assertThatThrownBy(() -> ctx.op("+", INTERVAL, INTERVAL, iv(Integer.MAX_VALUE, 0, 0), iv(1, 0, 0)))
                .hasMessage("interval out of range");
    }

    @Test
    void crossTypeComparisons() {
        assertThat(ctx.op("=", DATE, TIMESTAMP, LocalDate.parse("2024-01-01"), LocalDateTime.parse("2024-01-01T00:00")))
                .isEqualTo(true);
        assertThat(ctx.op("<", DATE, TIMESTAMPTZ, LocalDate.parse("2024-01-01"), Instant.parse("2024-01-01T04:00:00Z")))
                .isEqualTo(false);
        assertThat(ctx.op(">", TIMESTAMPTZ, TIMESTAMP, Instant.parse("2024-01-01T06:00:00Z"),
                LocalDateTime.parse("2024-01-01T00:00"))).isEqualTo(true);
    }

    @Test
    void justify() {
        assertThat(ctx.call("justify_interval", List.of(INTERVAL), iv(1, 0, -HOUR))).isEqualTo(iv(0, 29, 23 * HOUR));
        assertThat(ctx.call("justify_days", List.of(INTERVAL), iv(0, 35, 0))).isEqualTo(iv(1, 5, 0));
        assertThat(ctx.call("justify_hours", List.of(INTERVAL), iv(0, 0, 27 * HOUR))).isEqualTo(iv(0, 1, 3 * HOUR));
    }

    @Test
    void extractAndDatePart() {
        LocalDateTime ts = LocalDateTime.parse("2020-01-01T10:11:12.5");
        assertThat(ctx.call("extract", List.of(TEXT, TIMESTAMP), "second", ts)).isEqualTo(new BigDecimal("12.500000"));
        assertThat(ctx.call("extract", List.of(TEXT, TIMESTAMP), "milliseconds", ts))
                .isEqualTo(new BigDecimal("12500.000"));
        assertThat(ctx.call("extract", List.of(TEXT, TIMESTAMP), "epoch", ts))
                .isEqualTo(new BigDecimal("1577873472.500000"));
        assertThat(ctx.call("extract", List.of(TEXT, TIMESTAMP), "julian", LocalDateTime.parse("2020-01-01T12:00")))
                .isEqualTo(new BigDecimal("2458850.50000000000000000000"));
        LocalDate d = LocalDate.parse("2020-01-01");
        assertThat(ctx.call("extract", List.of(TEXT, DATE), "epoch", d)).isEqualTo(new BigDecimal("1577836800"));
        assertThat(ctx.call("extract", List.of(TEXT, DATE), "julian", d)).isEqualTo(new BigDecimal("2458850"));
        assertThat(ctx.call("extract", List.of(TEXT, DATE), "dow", d)).isEqualTo(new BigDecimal("3"));
        assertThat(ctx.call("extract", List.of(TEXT, DATE), "week", d)).isEqualTo(new BigDecimal("1"));
        assertThat(ctx.call("extract", List.of(TEXT, DATE), "century", d)).isEqualTo(new BigDecimal("21"));
        assertThat(ctx.call("extract", List.of(TEXT, DATE), "isodow", LocalDate.parse("2020-01-05")))
                .isEqualTo(new BigDecimal("7"));
        assertThat(ctx.call("extract", List.of(TEXT, DATE), "doy", LocalDate.parse("2020-03-01")))
                .isEqualTo(new BigDecimal("61"));
        assertThat(ctx.call("extract", List.of(TEXT, DATE), "decade", LocalDate.parse("2020-05-01")))
                .isEqualTo(new BigDecimal("202"));
        assertThat(ctx.call("extract", List.of(TEXT, INTERVAL), "epoch", iv(12, 2, 3_000_000L)))
                .isEqualTo(new BigDecimal("31730403.000000"));
        assertThat(ctx.call("extract", List.of(TEXT, INTERVAL), "microseconds", iv(0, 0, 62_500_000L)))
                .isEqualTo(new BigDecimal("2500000"));
        assertThat(ctx.call("extract", List.of(TEXT, INTERVAL), "year", iv(-14, 0, 0))).isEqualTo(new BigDecimal("-1"));
        assertThat(ctx.call("extract", List.of(TEXT, TIME), "epoch", LocalTime.parse("01:00:00.5")))
                .isEqualTo(new BigDecimal("3600.500000"));
        assertThat(ctx.call("date_part", List.of(TEXT, TIME), "second", LocalTime.parse("10:11:12.25"))).isEqualTo(12.25);
        assertThat(ctx.call("extract", List.of(TEXT, TIMESTAMPTZ), "hour", Instant.parse("2024-03-15T10:00:00Z")))
                .isEqualTo(new BigDecimal("6"));
        assertThat(ctx.call("date_part", List.of(TEXT, TIMESTAMPTZ), "epoch", Instant.parse("2024-01-01T00:00:00Z")))
                .isEqualTo(1704067200.0);
        assertThatThrownBy(() -> ctx.call("extract", List.of(TEXT, DATE), "hour", d))
                .isInstanceOfSatisfying(PgException.class, e -> {
                    assertThat(e.state()).isEqualTo(SqlState.FEATURE_NOT_SUPPORTED);
                    assertThat(e.getMessage()).isEqualTo("unit \"hour\" not supported for type date");
                });
        assertThatThrownBy(() -> ctx.call("date_part", List.of(TEXT, TIMESTAMPTZ), "foo", Instant.EPOCH))
                .hasMessage("unit \"foo\" not recognized for type timestamp with time zone");
    }

    @Test
    void truncation() {
        assertThat(ctx.call("date_trunc", List.of(TEXT, TIMESTAMPTZ), "month", Instant.parse("2024-03-15T10:00:00Z")))
                .isEqualTo(Instant.parse("2024-03-01T05:00:00Z"));
        assertThat(ctx.call("date_trunc", List.of(TEXT, TIMESTAMP), "century", LocalDateTime.parse("2020-05-05T00:00")))
                .isEqualTo(LocalDateTime.parse("2001-01-01T00:00"));
        assertThat(ctx.call("date_trunc", List.of(TEXT, TIMESTAMP), "week", LocalDateTime.parse("2024-03-15T10:00")))
                .isEqualTo(LocalDateTime.parse("2024-03-11T00:00"));
        assertThat(ctx.call("date_trunc", List.of(TEXT, INTERVAL), "hour", iv(0, 2, 3 * HOUR + 45 * 60_000_000L)))
                .isEqualTo(iv(0, 2, 3 * HOUR));
        assertThat(ctx.call("date_trunc", List.of(TEXT, INTERVAL), "year", iv(14, 3, 0))).isEqualTo(iv(12, 0, 0));
        assertThatThrownBy(() -> ctx.call("date_trunc", List.of(TEXT, INTERVAL), "week", iv(0, 1, 0)))
                .isInstanceOfSatisfying(PgException.class,
                        e -> assertThat(e.detail()).isEqualTo("Months usually have fractional weeks."));
        assertThat(ctx.call("date_trunc", List.of(TEXT, TIMESTAMPTZ, TEXT), "day",
                Instant.parse("2024-03-15T02:00:00Z"), "UTC")).isEqualTo(Instant.parse("2024-03-15T00:00:00Z"));
    }

    @Test
    void age() {
        assertThat(ctx.call("age", List.of(TIMESTAMP, TIMESTAMP), LocalDateTime.parse("2020-03-01T00:00"),
                LocalDateTime.parse("2019-01-31T10:00"))).isEqualTo(iv(13, 0, 14 * HOUR));
        assertThat(ctx.call("age", List.of(TIMESTAMPTZ, TIMESTAMPTZ), Instant.parse("2024-03-15T10:00:00Z"),
                Instant.parse("2023-01-20T12:00:00Z"))).isEqualTo(iv(13, 25, 23 * HOUR));
        assertThat(ctx.call("age", List.of(TIMESTAMP, TIMESTAMP), LocalDateTime.parse("2019-01-31T10:00"),
                LocalDateTime.parse("2020-03-01T00:00"))).isEqualTo(iv(-13, 0, -14 * HOUR));
    }

    @Test
    void constructors() {
        assertThat(ctx.call("make_date", List.of(INT4, INT4, INT4), 2024, 2, 29)).isEqualTo(LocalDate.parse("2024-02-29"));
        assertThatThrownBy(() -> ctx.call("make_date", List.of(INT4, INT4, INT4), 0, 1, 1))
                .isInstanceOfSatisfying(PgException.class, e -> {
                    assertThat(e.state()).isEqualTo(SqlState.DATETIME_FIELD_OVERFLOW);
                    assertThat(e.getMessage()).isEqualTo("date field value out of range: 0-01-01");
                });
        assertThatThrownBy(() -> ctx.call("make_time", List.of(INT4, INT4, FLOAT8), 25, 0, 0.0))
                .hasMessage("time field value out of range: 25:00:00");
        assertThat(ctx.call("make_timestamp", List.of(INT4, INT4, INT4, INT4, INT4, FLOAT8), 2024, 1, 2, 3, 4, 5.5))
                .isEqualTo(LocalDateTime.parse("2024-01-02T03:04:05.5"));
        assertThat(ctx.call("make_timestamptz", List.of(INT4, INT4, INT4, INT4, INT4, FLOAT8), 2024, 1, 2, 3, 4, 5.0))
                .isEqualTo(Instant.parse("2024-01-02T08:04:05Z"));
        assertThat(ctx.call("make_interval", List.of(INT4, INT4, INT4, INT4, INT4, INT4, FLOAT8), 1, 2, 3, 4, 5, 6,
                7.5)).isEqualTo(iv(14, 25, 5 * HOUR + 6 * 60_000_000L + 7_500_000L));
        assertThat(ctx.call("make_interval", List.of(INT4), 2)).isEqualTo(iv(24, 0, 0));
        assertThat(ctx.call("to_timestamp", List.of(FLOAT8), 1.5)).isEqualTo(Instant.parse("1970-01-01T00:00:01.5Z"));
    }

    @Test
    void timeZones() {
        assertThat(ctx.call("timezone", List.of(TEXT, TIMESTAMP), "+05", LocalDateTime.parse("2020-01-01T00:00")))
                .isEqualTo(Instant.parse("2020-01-01T05:00:00Z"));
        assertThat(ctx.call("timezone", List.of(TEXT, TIMESTAMP), "UTC+5", LocalDateTime.parse("2020-01-01T00:00")))
                .isEqualTo(Instant.parse("2020-01-01T05:00:00Z"));
        assertThat(ctx.call("timezone", List.of(TEXT, TIMESTAMPTZ), "Europe/Paris", Instant.parse("2020-01-01T00:00:00Z")))
                .isEqualTo(LocalDateTime.parse("2020-01-01T01:00"));
        assertThat(ctx.call("timezone", List.of(INTERVAL, TIMESTAMP), iv(0, 0, 5 * HOUR),
                LocalDateTime.parse("2020-01-01T00:00"))).isEqualTo(Instant.parse("2019-12-31T19:00:00Z"));
        assertThatThrownBy(() -> ctx.call("timezone", List.of(TEXT, TIMESTAMPTZ), "Foo/Bar", Instant.EPOCH))
                .hasMessage("time zone \"Foo/Bar\" not recognized");
    }

    @Test
    void currentTimeComesFromTheStatement() {
        assertThat(ctx.call("now", List.of())).isEqualTo(ctx.now);
        assertThat(ctx.call("statement_timestamp", List.of())).isEqualTo(ctx.now);
        assertThat(Functions.resolve("now", List.of()).volatility()).isEqualTo(Volatility.STABLE);
        assertThat(Functions.resolve("clock_timestamp", List.of()).volatility()).isEqualTo(Volatility.VOLATILE);
    }
}
