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
import java.util.List;
import org.junit.jupiter.api.Test;

/** to_char / to_date / to_timestamp outputs, as PostgreSQL 15 prints them (TimeZone UTC). */
class ToCharTest {
    private final TestContext ctx = new TestContext();

    private String ts(String value, String pattern) {
        return (String) ctx.call("to_char", List.of(TIMESTAMP, TEXT), LocalDateTime.parse(value), pattern);
    }

    private String num(String value, String pattern) {
        return (String) ctx.call("to_char", List.of(NUMERIC, TEXT), new BigDecimal(value), pattern);
    }

    @Test
    void timestamps() {
        assertThat(ts("2024-03-05T14:07:09.123456", "YYYY-MM-DD HH24:MI:SS.MS US"))
                .isEqualTo("2024-03-05 14:07:09.123 123456");
        assertThat(ts("2024-03-05T14:07:09", "Day, DD Month YYYY HH12:MI AM"))
                .isEqualTo("Tuesday  , 05 March     2024 02:07 PM");
        assertThat(ts("2024-03-05T14:07:09", "FMDay, FMDD FMMonth YYYY FMHH12 pm")).isEqualTo("Tuesday, 5 March 2024 2 pm");
        assertThat(ts("2024-03-05T00:07:09", "Dy Mon dd yy hh:mi a.m.")).isEqualTo("Tue Mar 05 24 12:07 a.m.");
        assertThat(ts("2024-03-05T00:00", "DDD D ID IW WW Q CC J")).isEqualTo("065 3 2 10 10 1 21 2460375");
        assertThat(ts("2024-03-01T00:00", "DDth FMDDth MONTH mon")).isEqualTo("01st 1st MARCH     mar");
        assertThat(ts("2024-03-05T14:07:09", "\"Year\" YYYY \"at\" HH24")).isEqualTo("Year 2024 at 14");
        assertThat(ctx.call("to_char", List.of(TIMESTAMPTZ, TEXT), Instant.parse("2024-03-05T14:07:09Z"),
                "YYYY-MM-DD HH24:MI:SS TZ OF")).isEqualTo("2024-03-05 14:07:09 UTC +00");
        TestContext ny = new TestContext("America/New_York");
        assertThat(ny.call("to_char", List.of(TIMESTAMPTZ, TEXT), Instant.parse("2024-07-01T12:00:00Z"), "TZ tz OF"))
                .isEqualTo("EDT edt -04");
        assertThat(ny.call("to_char", List.of(TIMESTAMPTZ, TEXT), Instant.parse("2024-01-01T12:00:00Z"), "TZ"))
                .isEqualTo("EST");
        TestContext india = new TestContext("Asia/Kolkata");
        assertThat(india.call("to_char", List.of(TIMESTAMPTZ, TEXT), Instant.parse("2024-01-01T12:00:00Z"), "TZ OF"))
                .isEqualTo("IST +05:30");
    }

    @Test
    void intervals() {
        assertThat(ctx.call("to_char", List.of(INTERVAL, TEXT), new Interval(0, 1, 3 * 3_600_000_000L + 240_000_000L),
                "HH24:MI:SS DD")).isEqualTo("03:04:00 01");
        assertThat(ctx.call("to_char", List.of(INTERVAL, TEXT), new Interval(0, 0, 26 * 3_600_000_000L), "HH24 HH12"))
                .isEqualTo("26 02");
    }

    @Test
    void numbers() {
        assertThat(num("12345.678", "99999.99")).isEqualTo(" 12345.68");
        assertThat(num("-12345.678", "FM99,999.0")).isEqualTo("-12,345.7");
        assertThat(num("0.001", "0.99EEEE")).isEqualTo(" 1.00e-03");
        assertThat(num("1234", "RN")).isEqualTo("       MCCXXXIV");
        assertThat(num("5", "FMRN")).isEqualTo("V");
        assertThat(num("485", "999")).isEqualTo(" 485");
        assertThat(num("1.1", "9.99")).isEqualTo(" 1.10");
        assertThat(num("-1.1", "S9.99")).isEqualTo("-1.10");
        assertThat(num("-5", "999")).isEqualTo("  -5");
        assertThat(num("1234", "999")).isEqualTo(" ###");
        assertThat(num("0.5", "9.99")).isEqualTo("  .50");
        assertThat(num("0.5", "0.99")).isEqualTo(" 0.50");
        assertThat(num("12.5", "FM99.99")).isEqualTo("12.5");
        assertThat(num("1234567", "9,999,999")).isEqualTo(" 1,234,567");
        assertThat(num("123", "9,999")).isEqualTo("   123");
        assertThat(num("-12.5", "FM9990.00")).isEqualTo("-12.50");
        assertThat(num("0", "999")).isEqualTo("   0");
        assertThat(num("0", "FM999")).isEqualTo("0");
        assertThat(num("12", "000")).isEqualTo(" 012");
        assertThat(num("12", "S999")).isEqualTo(" +12");
        assertThat(num("-12", "999MI")).isEqualTo(" 12-");
        assertThat(num("3.14159", "FM0.000")).isEqualTo("3.142");
        assertThat(num("10", "FM99.")).isEqualTo("10");
        assertThat(num("1.5", "9")).isEqualTo(" 2");
        assertThat(ctx.call("to_char", List.of(INT8, TEXT), 123456789012L, "999,999,999,999"))
                .isEqualTo(" 123,456,789,012");
        assertThat(ctx.call("to_char", List.of(FLOAT8, TEXT), 3.5, "9.9")).isEqualTo(" 3.5");
    }

    @Test
    void parsing() {
        assertThat(ctx.call("to_date", List.of(TEXT, TEXT), "2024-03-05", "YYYY-MM-DD")).isEqualTo(LocalDate.parse("2024-03-05"));
        assertThat(ctx.call("to_date", List.of(TEXT, TEXT), "05 Mar 2024", "DD Mon YYYY"))
                .isEqualTo(LocalDate.parse("2024-03-05"));
        assertThat(ctx.call("to_date", List.of(TEXT, TEXT), "20240305", "YYYYMMDD")).isEqualTo(LocalDate.parse("2024-03-05"));
        assertThat(ctx.call("to_timestamp", List.of(TEXT, TEXT), "2024-03-05 14:07:09", "YYYY-MM-DD HH24:MI:SS"))
                .isEqualTo(Instant.parse("2024-03-05T14:07:09Z"));
        assertThat(ctx.call("to_timestamp", List.of(TEXT, TEXT), "05/03/2024 2:07 PM", "DD/MM/YYYY HH:MI AM"))
                .isEqualTo(Instant.parse("2024-03-05T14:07:00Z"));
        assertThat(ctx.call("to_timestamp", List.of(TEXT, TEXT), "2024-03-05 14:07:09.5", "YYYY-MM-DD HH24:MI:SS.MS"))
                .isEqualTo(Instant.parse("2024-03-05T14:07:09.5Z"));
        assertThatThrownBy(() -> ctx.call("to_date", List.of(TEXT, TEXT), "2024-13-05", "YYYY-MM-DD"))
                .isInstanceOfSatisfying(PgException.class, e -> {
                    assertThat(e.state()).isEqualTo(SqlState.DATETIME_FIELD_OVERFLOW);
                    assertThat(e.getMessage()).isEqualTo("date/time field value out of range: \"2024-13-05\"");
                });
        assertThatThrownBy(() -> ctx.call("to_date", List.of(TEXT, TEXT), "20xx-03-05", "YYYY-MM-DD"))
                .isInstanceOfSatisfying(PgException.class, e -> {
                    assertThat(e.state()).isEqualTo(SqlState.INVALID_DATETIME_FORMAT);
                    assertThat(e.getMessage()).isEqualTo("invalid value \"xx\" for \"MM\"");
                    assertThat(e.detail()).isEqualTo("Value must be an integer.");
                });
    }

    @Test
    void parsingCommonTemplates() {
        List<dev.olifant.types.PgType> tt = List.of(TEXT, TEXT);
        assertThat(ctx.call("to_timestamp", tt, "2024-03-05T14:07:09", "YYYY-MM-DD\"T\"HH24:MI:SS"))
                .isEqualTo(Instant.parse("2024-03-05T14:07:09Z"));
        assertThat(ctx.call("to_timestamp", tt, "March 5, 2024", "Month DD, YYYY"))
                .isEqualTo(Instant.parse("2024-03-05T00:00:00Z"));
        assertThat(ctx.call("to_date", tt, "05.03.24", "DD.MM.YY")).isEqualTo(LocalDate.parse("2024-03-05"));
        assertThat(ctx.call("to_timestamp", tt, "2024-03-05 02:07:09 pm", "YYYY-MM-DD HH12:MI:SS am"))
                .isEqualTo(Instant.parse("2024-03-05T14:07:09Z"));
        assertThat(ctx.call("to_date", tt, "2024 065", "YYYY DDD")).isEqualTo(LocalDate.parse("2024-03-05"));
        assertThat(ctx.call("to_timestamp", tt, "2024-03-05 14:07:09+05", "YYYY-MM-DD HH24:MI:SSTZH"))
                .isEqualTo(Instant.parse("2024-03-05T09:07:09Z"));
        assertThat(ctx.call("to_date", tt, "Tue 05 Mar 2024", "Dy DD Mon YYYY")).isEqualTo(LocalDate.parse("2024-03-05"));
        assertThat(ctx.call("to_timestamp", tt, "20240305140709", "YYYYMMDDHH24MISS"))
                .isEqualTo(Instant.parse("2024-03-05T14:07:09Z"));
        assertThat(ctx.call("to_date", tt, "  2024-3-5", "YYYY-MM-DD")).isEqualTo(LocalDate.parse("2024-03-05"));
    }
}
