package dev.olifant.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** Values PostgreSQL has and Java's types lack, and how they are represented. */
class SpecialValuesTest {
    private static final FormatSettings UTC = TestContext.UTC.settings();

    @Test
    void numericNaNAndInfinityAreNotSupported() {
        for (String s : new String[] {"NaN", "Infinity", "-Infinity"}) {
            assertThatThrownBy(() -> TextIO.input(Types.NUMERIC, -1, s, UTC, null))
                    .isInstanceOfSatisfying(PgException.class, e -> {
                        assertThat(e.state()).isEqualTo(SqlState.FEATURE_NOT_SUPPORTED);
                        assertThat(e.getMessage()).isEqualTo("numeric NaN and infinity values are not supported");
                    });
        }
        Cast toNumeric = Casts.find(Types.FLOAT8, Types.NUMERIC, CoercionContext.ASSIGNMENT);
        assertThatThrownBy(() -> toNumeric.apply(Double.NaN, TestContext.UTC))
                .isInstanceOfSatisfying(PgException.class,
                        e -> assertThat(e.state()).isEqualTo(SqlState.FEATURE_NOT_SUPPORTED));
    }

    @Test
    void infinitiesAreTheExtremeJavaValues() {
        assertThat(TextIO.input(Types.DATE, -1, "infinity", UTC, null)).isEqualTo(LocalDate.MAX);
        assertThat(TextIO.input(Types.TIMESTAMP, -1, "-infinity", UTC, null)).isEqualTo(LocalDateTime.MIN);
        assertThat(TextIO.input(Types.TIMESTAMPTZ, -1, "infinity", UTC, null)).isEqualTo(Instant.MAX);
        assertThat(TextIO.output(Types.TIMESTAMPTZ, Instant.MIN, UTC, null)).isEqualTo("-infinity");
        Cast toDate = Casts.find(Types.TIMESTAMPTZ, Types.DATE, CoercionContext.ASSIGNMENT);
        assertThat(toDate.apply(Instant.MAX, TestContext.UTC)).isEqualTo(LocalDate.MAX);
    }

    @Test
    void midnightAtTheEndOfTheDayIsLocalTimeMax() {
        assertThat(TextIO.input(Types.TIME, -1, "24:00", UTC, null)).isEqualTo(LocalTime.MAX);
        assertThat(TextIO.output(Types.TIME, LocalTime.MAX, UTC, null)).isEqualTo("24:00:00");
        assertThat(ValueOps.comparator(Types.TIME).compare(LocalTime.MAX, LocalTime.of(23, 59, 59))).isPositive();
    }

    @Test
    void regTypesPrintNamesThroughTheCatalog() {
        assertThat(TextIO.output(Types.REGCLASS, 1259L, UTC, TestContext.UTC)).isEqualTo("pg_class");
        assertThat(TextIO.output(Types.REGCLASS, 99999L, UTC, TestContext.UTC)).isEqualTo("99999");
        assertThat(TextIO.output(Types.REGCLASS, 0L, UTC, TestContext.UTC)).isEqualTo("-");
        assertThat(TextIO.input(Types.REGCLASS, -1, "pg_class", UTC, TestContext.UTC)).isEqualTo(1259L);
        assertThat(TextIO.input(Types.REGCLASS, -1, "1259", UTC, null)).isEqualTo(1259L);
        assertThatThrownBy(() -> TextIO.input(Types.REGCLASS, -1, "nope", UTC, TestContext.UTC))
                .hasMessage("relation \"nope\" does not exist");
    }

    @Test
    void nowAndTodayReferToTheGivenInstant() {
        Instant now = Instant.parse("2024-01-02T23:30:00.123456Z");
        FormatSettings tokyo = FormatSettings.defaults(java.time.ZoneId.of("Asia/Tokyo"));
        assertThat(TextIO.input(Types.DATE, -1, "today", UTC, null, now)).isEqualTo(LocalDate.of(2024, 1, 2));
        assertThat(TextIO.input(Types.DATE, -1, "today", tokyo, null, now)).isEqualTo(LocalDate.of(2024, 1, 3));
        assertThat(TextIO.input(Types.DATE, -1, "yesterday", UTC, null, now)).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(TextIO.input(Types.TIMESTAMPTZ, -1, "now", UTC, null, now)).isEqualTo(now);
        assertThat(TextIO.input(Types.TIMESTAMP, -1, "tomorrow", UTC, null, now))
                .isEqualTo(LocalDateTime.of(2024, 1, 3, 0, 0));
        assertThat(TextIO.input(Types.TIMESTAMPTZ, -1, "today", tokyo, null, now))
                .isEqualTo(Instant.parse("2024-01-02T15:00:00Z"));
        assertThat(TextIO.input(Types.TIME, -1, "now", UTC, null, now)).isEqualTo(LocalTime.of(23, 30, 0, 123456000));
        Cast literal = Casts.find(Types.UNKNOWN, Types.TIMESTAMPTZ, CoercionContext.IMPLICIT);
        assertThat(literal.apply("now", TestContext.UTC)).isEqualTo(TestContext.UTC.transactionTimestamp());
    }

    @Test
    void vectorsAreZeroBasedArrays() {
        ArrayValue v = (ArrayValue) TextIO.input(Types.OIDVECTOR, -1, "23 25", UTC, null);
        assertThat(v.lowerBounds()).containsExactly(0);
        assertThat(v.elements()).containsExactly(23L, 25L);
        assertThat(TextIO.output(Types.OIDVECTOR, v, UTC, null)).isEqualTo("23 25");
    }
}
