package dev.olifant.types.func;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.types.Interval;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.JulianFields;
import java.util.Locale;

/**
 * EXTRACT / date_part fields and date_trunc units (timestamp.c). extract returns numeric
 * (seconds with scale 6, milliseconds with scale 3, epoch of a timestamp with scale 6); date_part
 * is the same value as float8. Field names are case-insensitive and accept PostgreSQL's plural
 * and abbreviated spellings.
 */
final class DateTimeFields {
    private DateTimeFields() {
    }

    static String canonical(String unit) {
        String u = unit.toLowerCase(Locale.ROOT).trim();
        return switch (u) {
            case "microsecond", "microseconds", "us", "usec", "usecs", "useconds" -> "microseconds";
            case "millisecond", "milliseconds", "ms", "msec", "msecs", "mseconds" -> "milliseconds";
            case "second", "seconds", "s", "sec", "secs" -> "second";
            case "minute", "minutes", "m", "min", "mins" -> "minute";
            case "hour", "hours", "h", "hr", "hrs" -> "hour";
            case "day", "days", "d" -> "day";
            case "week", "weeks", "w" -> "week";
            case "month", "months", "mon", "mons" -> "month";
            case "quarter", "qtr" -> "quarter";
            case "year", "years", "y", "yr", "yrs" -> "year";
            case "decade", "decades", "dec", "decs" -> "decade";
            case "century", "centuries", "c", "cent" -> "century";
            case "millennium", "millennia", "mil", "mils", "millenniums" -> "millennium";
            default -> u;
        };
    }

    static PgException notRecognized(String unit, String typeName) {
        return new PgException(SqlState.INVALID_PARAMETER_VALUE,
                "unit \"" + unit + "\" not recognized for type " + typeName);
    }

    static PgException notSupported(String unit, String typeName) {
        return new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                "unit \"" + unit + "\" not supported for type " + typeName);
    }

    /** extract(field from timestamp); {@code epochSeconds} is the epoch to report, {@code zoneOffsetSeconds} for timezone fields or null. */
    static BigDecimal extract(String unit, LocalDateTime ts, long epochMicros, Integer zoneOffsetSeconds,
            String typeName) {
        String f = canonical(unit);
        LocalDate d = ts.toLocalDate();
        long secMicros = ts.getSecond() * 1_000_000L + ts.getNano() / 1000;
        int year = ts.getYear() <= 0 ? ts.getYear() - 1 : ts.getYear();
        return switch (f) {
            case "microseconds" -> BigDecimal.valueOf(secMicros);
            case "milliseconds" -> BigDecimal.valueOf(secMicros, 3);
            case "second" -> BigDecimal.valueOf(secMicros, 6);
            case "minute" -> BigDecimal.valueOf(ts.getMinute());
            case "hour" -> BigDecimal.valueOf(ts.getHour());
            case "day" -> BigDecimal.valueOf(ts.getDayOfMonth());
            case "month" -> BigDecimal.valueOf(ts.getMonthValue());
            case "quarter" -> BigDecimal.valueOf((ts.getMonthValue() - 1) / 3 + 1);
            case "week" -> BigDecimal.valueOf(d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case "year" -> BigDecimal.valueOf(year);
            case "decade" -> BigDecimal.valueOf(Math.floorDiv(ts.getYear(), 10));
            case "century" -> BigDecimal.valueOf(year > 0 ? (year + 99) / 100 : -((99 - (year - 1)) / 100));
            case "millennium" -> BigDecimal.valueOf(year > 0 ? (year + 999) / 1000 : -((999 - (year - 1)) / 1000));
            case "dow" -> BigDecimal.valueOf(d.getDayOfWeek().getValue() % 7);
            case "isodow" -> BigDecimal.valueOf(d.getDayOfWeek().getValue());
            case "doy" -> BigDecimal.valueOf(d.getDayOfYear());
            case "isoyear" -> BigDecimal.valueOf(d.get(IsoFields.WEEK_BASED_YEAR));
            case "julian" -> BigDecimal.valueOf(d.getLong(JulianFields.JULIAN_DAY)).add(NumericMath.div(
                    BigDecimal.valueOf(ts.toLocalTime().toNanoOfDay() / 1000), BigDecimal.valueOf(86_400_000_000L)));
            case "epoch" -> BigDecimal.valueOf(epochMicros, 6);
            case "timezone" -> tz(zoneOffsetSeconds, unit, typeName, 1);
            case "timezone_hour" -> tz(zoneOffsetSeconds, unit, typeName, 3600);
            case "timezone_minute" -> zoneOffsetSeconds == null ? tz(null, unit, typeName, 1)
                    : BigDecimal.valueOf((zoneOffsetSeconds / 60) % 60);
            default -> throw notRecognized(unit, typeName);
        };
    }

    private static BigDecimal tz(Integer offset, String unit, String typeName, int divisor) {
        if (offset == null) {
            throw notSupported(unit, typeName);
        }
        return BigDecimal.valueOf(offset / divisor);
    }

    static BigDecimal extractDate(String unit, LocalDate d) {
        String f = canonical(unit);
        return switch (f) {
            case "microseconds", "milliseconds", "second", "minute", "hour", "timezone", "timezone_hour",
                    "timezone_minute" -> throw notSupported(unit, "date");
            case "epoch" -> BigDecimal.valueOf(d.toEpochDay() * 86400L);
            case "julian" -> BigDecimal.valueOf(d.getLong(JulianFields.JULIAN_DAY));
            default -> extract(unit, d.atStartOfDay(), 0, null, "date");
        };
    }

    static BigDecimal extractTime(String unit, LocalTime t) {
        String f = canonical(unit);
        long micros = t.toNanoOfDay() / 1000;
        long secMicros = t.getSecond() * 1_000_000L + t.getNano() / 1000;
        return switch (f) {
            case "microseconds" -> BigDecimal.valueOf(secMicros);
            case "milliseconds" -> BigDecimal.valueOf(secMicros, 3);
            case "second" -> BigDecimal.valueOf(secMicros, 6);
            case "minute" -> BigDecimal.valueOf(t.getMinute());
            case "hour" -> BigDecimal.valueOf(t.getHour());
            case "epoch" -> BigDecimal.valueOf(micros, 6);
            case "day", "month", "year", "quarter", "decade", "century", "millennium", "week", "dow", "isodow",
                    "doy", "isoyear", "julian", "timezone", "timezone_hour", "timezone_minute" ->
                    throw notSupported(unit, "time without time zone");
            default -> throw notRecognized(unit, "time without time zone");
        };
    }

    static BigDecimal extractInterval(String unit, Interval iv) {
        String f = canonical(unit);
        long time = iv.micros();
        int months = iv.months();
        return switch (f) {
            case "microseconds" -> BigDecimal.valueOf(time % 60_000_000L);
            case "milliseconds" -> BigDecimal.valueOf(time % 60_000_000L, 3);
            case "second" -> BigDecimal.valueOf(time % 60_000_000L, 6);
            case "minute" -> BigDecimal.valueOf(time / 60_000_000L % 60);
            case "hour" -> BigDecimal.valueOf(time / 3_600_000_000L);
            case "day" -> BigDecimal.valueOf(iv.days());
            case "month" -> BigDecimal.valueOf(months % 12);
            case "quarter" -> BigDecimal.valueOf((months % 12) / 3 + 1);
            case "year" -> BigDecimal.valueOf(months / 12);
            case "decade" -> BigDecimal.valueOf(months / 12 / 10);
            case "century" -> BigDecimal.valueOf(months / 12 / 100);
            case "millennium" -> BigDecimal.valueOf(months / 12 / 1000);
            case "epoch" -> {
                long secs = (long) (365.25 * 86400.0 * (months / 12)) + 30L * (months % 12) * 86400L
                        + (long) iv.days() * 86400L;
                yield BigDecimal.valueOf(secs * 1_000_000L + time, 6);
            }
            case "week", "dow", "isodow", "doy", "isoyear", "julian", "timezone", "timezone_hour",
                    "timezone_minute" -> throw notSupported(unit, "interval");
            default -> throw notRecognized(unit, "interval");
        };
    }

    static LocalDateTime trunc(String unit, LocalDateTime ts, String typeName) {
        String f = canonical(unit);
        return switch (f) {
            case "microseconds" -> ts.truncatedTo(ChronoUnit.MICROS);
            case "milliseconds" -> ts.truncatedTo(ChronoUnit.MILLIS);
            case "second" -> ts.truncatedTo(ChronoUnit.SECONDS);
            case "minute" -> ts.truncatedTo(ChronoUnit.MINUTES);
            case "hour" -> ts.truncatedTo(ChronoUnit.HOURS);
            case "day" -> ts.truncatedTo(ChronoUnit.DAYS);
            case "week" -> ts.toLocalDate().with(DayOfWeek.MONDAY).atStartOfDay();
            case "month" -> ts.toLocalDate().withDayOfMonth(1).atStartOfDay();
            case "quarter" -> LocalDate.of(ts.getYear(), (ts.getMonthValue() - 1) / 3 * 3 + 1, 1).atStartOfDay();
            case "year" -> LocalDate.of(ts.getYear(), 1, 1).atStartOfDay();
            case "decade" -> LocalDate.of(Math.floorDiv(ts.getYear(), 10) * 10, 1, 1).atStartOfDay();
            case "century" -> LocalDate.of(ts.getYear() > 0 ? (ts.getYear() + 99) / 100 * 100 - 99
                    : -((99 - (ts.getYear() - 1)) / 100) * 100 + 1, 1, 1).atStartOfDay();
            case "millennium" -> LocalDate.of(ts.getYear() > 0 ? (ts.getYear() + 999) / 1000 * 1000 - 999
                    : -((999 - (ts.getYear() - 1)) / 1000) * 1000 + 1, 1, 1).atStartOfDay();
            default -> throw notRecognized(unit, typeName);
        };
    }

    static Interval truncInterval(String unit, Interval iv) {
        String f = canonical(unit);
        long t = iv.micros();
        int m = iv.months();
        return switch (f) {
            case "microseconds" -> iv;
            case "milliseconds" -> new Interval(m, iv.days(), t - t % 1000);
            case "second" -> new Interval(m, iv.days(), t - t % 1_000_000L);
            case "minute" -> new Interval(m, iv.days(), t - t % 60_000_000L);
            case "hour" -> new Interval(m, iv.days(), t - t % 3_600_000_000L);
            case "day" -> new Interval(m, iv.days(), 0);
            case "month" -> new Interval(m, 0, 0);
            case "quarter" -> new Interval(m / 12 * 12 + (m % 12) / 3 * 3, 0, 0);
            case "year" -> new Interval(m / 12 * 12, 0, 0);
            case "decade" -> new Interval(m / 120 * 120, 0, 0);
            case "century" -> new Interval(m / 1200 * 1200, 0, 0);
            case "millennium" -> new Interval(m / 12000 * 12000, 0, 0);
            case "week" -> throw notSupported(unit, "interval").withDetail("Months usually have fractional weeks.");
            default -> throw notRecognized(unit, "interval");
        };
    }
}
