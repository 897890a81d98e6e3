package dev.olifant.types.func;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.types.EvalContext;
import dev.olifant.types.Interval;
import dev.olifant.types.PgType;
import dev.olifant.types.TimeZones;
import dev.olifant.types.Types;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/**
 * Date/time functions: current time (from the statement's context), extract / date_part,
 * date_trunc, age, the make_* constructors, to_timestamp(float8), justify_*, isfinite and
 * timezone() (AT TIME ZONE).
 */
final class DateTimeFunctions {
    private DateTimeFunctions() {
    }

    static void register(BuiltinCatalog c) {
        PgType t = Types.TEXT;
        PgType d = Types.DATE;
        PgType ts = Types.TIMESTAMP;
        PgType tz = Types.TIMESTAMPTZ;
        PgType iv = Types.INTERVAL;
        PgType tm = Types.TIME;
        PgType i4 = Types.INT4;
        PgType f8 = Types.FLOAT8;
        PgType n = Types.NUMERIC;
        Volatility stable = Volatility.STABLE;
        c.fn("now", tz, true, stable, (ctx, a) -> ctx.transactionTimestamp());
        c.fn("transaction_timestamp", tz, true, stable, (ctx, a) -> ctx.transactionTimestamp());
        c.fn("statement_timestamp", tz, true, stable, (ctx, a) -> ctx.statementTimestamp());
        c.fn("clock_timestamp", tz, true, Volatility.VOLATILE, (ctx, a) -> Instant.now().truncatedTo(ChronoUnit.MICROS));
        c.fn("timeofday", t, true, Volatility.VOLATILE, (ctx, a) -> java.time.format.DateTimeFormatter
                .ofPattern("EEE MMM dd HH:mm:ss.SSSSSS yyyy zzz", java.util.Locale.ROOT)
                .format(ZonedDateTime.now(DateTimeMath.zone(ctx))));

        c.fn("extract", n, (ctx, a) -> DateTimeFields.extractDate((String) a[0], (LocalDate) a[1]), t, d);
        c.fn("extract", n, (ctx, a) -> extractTimestamp((String) a[0], (LocalDateTime) a[1]), t, ts);
        c.fn("extract", n, true, stable, (ctx, a) -> extractTimestamptz(ctx, (String) a[0], (Instant) a[1]), t, tz);
        c.fn("extract", n, (ctx, a) -> DateTimeFields.extractInterval((String) a[0], (Interval) a[1]), t, iv);
        c.fn("extract", n, (ctx, a) -> DateTimeFields.extractTime((String) a[0], (LocalTime) a[1]), t, tm);
        c.fn("date_part", f8, (ctx, a) -> extractTimestamp((String) a[0], ((LocalDate) a[1]).atStartOfDay())
                .doubleValue(), t, d);
        c.fn("date_part", f8, (ctx, a) -> extractTimestamp((String) a[0], (LocalDateTime) a[1]).doubleValue(), t, ts);
        c.fn("date_part", f8, true, stable, (ctx, a) -> extractTimestamptz(ctx, (String) a[0], (Instant) a[1])
                .doubleValue(), t, tz);
        c.fn("date_part", f8, (ctx, a) -> DateTimeFields.extractInterval((String) a[0], (Interval) a[1])
                .doubleValue(), t, iv);
        c.fn("date_part", f8, (ctx, a) -> DateTimeFields.extractTime((String) a[0], (LocalTime) a[1])
                .doubleValue(), t, tm);

        c.fn("date_trunc", ts, (ctx, a) -> DateTimeFields.trunc((String) a[0], (LocalDateTime) a[1],
                "timestamp without time zone"), t, ts);
        c.fn("date_trunc", tz, true, stable, (ctx, a) -> truncZoned((String) a[0], (Instant) a[1],
                DateTimeMath.zone(ctx)), t, tz);
        c.fn("date_trunc", tz, true, stable, (ctx, a) -> truncZoned((String) a[0], (Instant) a[1],
                TimeZones.atTimeZone((String) a[2])), t, tz, t);
        c.fn("date_trunc", iv, (ctx, a) -> DateTimeFields.truncInterval((String) a[0], (Interval) a[1]), t, iv);

        c.fn("age", iv, (ctx, a) -> age((LocalDateTime) a[0], (LocalDateTime) a[1]), ts, ts);
        c.fn("age", iv, true, stable, (ctx, a) -> age(today(ctx).atStartOfDay(), (LocalDateTime) a[0]), ts);
        c.fn("age", iv, true, stable, (ctx, a) -> age(local(ctx, (Instant) a[0]), local(ctx, (Instant) a[1])), tz, tz);
        c.fn("age", iv, true, stable, (ctx, a) -> age(today(ctx).atStartOfDay(), local(ctx, (Instant) a[0])), tz);

        c.fn("make_date", d, (ctx, a) -> makeDate((Integer) a[0], (Integer) a[1], (Integer) a[2]), i4, i4, i4);
        c.fn("make_time", tm, (ctx, a) -> makeTime((Integer) a[0], (Integer) a[1], (Double) a[2]), i4, i4, f8);
        c.fn("make_timestamp", ts, (ctx, a) -> makeDate((Integer) a[0], (Integer) a[1], (Integer) a[2])
                .atTime(makeTime((Integer) a[3], (Integer) a[4], (Double) a[5])), i4, i4, i4, i4, i4, f8);
        c.fn("make_timestamptz", tz, true, stable, (ctx, a) -> makeDate((Integer) a[0], (Integer) a[1],
                (Integer) a[2]).atTime(makeTime((Integer) a[3], (Integer) a[4], (Double) a[5]))
                .atZone(DateTimeMath.zone(ctx)).toInstant(), i4, i4, i4, i4, i4, f8);
        c.fn("make_timestamptz", tz, true, stable, (ctx, a) -> makeDate((Integer) a[0], (Integer) a[1],
                (Integer) a[2]).atTime(makeTime((Integer) a[3], (Integer) a[4], (Double) a[5]))
                .atZone(TimeZones.atTimeZone((String) a[6])).toInstant(), i4, i4, i4, i4, i4, f8, t);
        c.add(new FunctionDef("make_interval", java.util.List.of(i4, i4, i4, i4, i4, i4, f8), iv, true,
                Volatility.IMMUTABLE, 7, false, false, Binder.of((ctx, a) -> makeInterval(a))));
        c.fn("to_timestamp", tz, (ctx, a) -> toTimestamp((Double) a[0]), f8);
        c.fn("justify_days", iv, (ctx, a) -> DateTimeMath.justifyDays((Interval) a[0]), iv);
        c.fn("justify_hours", iv, (ctx, a) -> DateTimeMath.justifyHours((Interval) a[0]), iv);
        c.fn("justify_interval", iv, (ctx, a) -> DateTimeMath.justifyInterval((Interval) a[0]), iv);
        c.fn("isfinite", Types.BOOL, (ctx, a) -> !a[0].equals(LocalDate.MAX) && !a[0].equals(LocalDate.MIN), d);
        c.fn("isfinite", Types.BOOL,
                (ctx, a) -> !a[0].equals(LocalDateTime.MAX) && !a[0].equals(LocalDateTime.MIN), ts);
        c.fn("isfinite", Types.BOOL, (ctx, a) -> !a[0].equals(Instant.MAX) && !a[0].equals(Instant.MIN), tz);
        c.fn("isfinite", Types.BOOL, (ctx, a) -> true, iv);
        c.fn("timezone", tz, (ctx, a) -> ((LocalDateTime) a[1]).atZone(TimeZones.atTimeZone((String) a[0])).toInstant(),
                t, ts);
        c.fn("timezone", ts, (ctx, a) -> LocalDateTime.ofInstant((Instant) a[1], TimeZones.atTimeZone((String) a[0])),
                t, tz);
        c.fn("timezone", tz, (ctx, a) -> ((LocalDateTime) a[1]).atZone(TimeZones.fromInterval((Interval) a[0]))
                .toInstant(), iv, ts);
        c.fn("timezone", ts, (ctx, a) -> LocalDateTime.ofInstant((Instant) a[1],
                TimeZones.fromInterval((Interval) a[0])), iv, tz);
    }

    static LocalDate today(EvalContext ctx) {
        return LocalDate.ofInstant(ctx.transactionTimestamp(), DateTimeMath.zone(ctx));
    }

    static LocalDateTime local(EvalContext ctx, Instant i) {
        return LocalDateTime.ofInstant(i, DateTimeMath.zone(ctx));
    }

    static BigDecimal extractTimestamp(String unit, LocalDateTime ts) {
        long epochMicros = ChronoUnit.MICROS.between(LocalDateTime.of(1970, 1, 1, 0, 0), ts);
        return DateTimeFields.extract(unit, ts, epochMicros, null, "timestamp without time zone");
    }

    static BigDecimal extractTimestamptz(EvalContext ctx, String unit, Instant i) {
        ZoneId zone = DateTimeMath.zone(ctx);
        ZonedDateTime z = i.atZone(zone);
        long epochMicros = ChronoUnit.MICROS.between(Instant.EPOCH, i);
        return DateTimeFields.extract(unit, z.toLocalDateTime(), epochMicros, z.getOffset().getTotalSeconds(),
                "timestamp with time zone");
    }

    private static Instant truncZoned(String unit, Instant i, ZoneId zone) {
        LocalDateTime local = DateTimeFields.trunc(unit, LocalDateTime.ofInstant(i, zone), "timestamp with time zone");
        return local.atZone(zone).toInstant();
    }

    private static final int[][] DAYS_IN_MONTH = {
        {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}, {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}};

    /** timestamp_age: the symbolic difference in years, months, days and time. */
    static Interval age(LocalDateTime t1, LocalDateTime t2) {
        boolean negative = t1.isBefore(t2);
        long fsec = (t1.getNano() - t2.getNano()) / 1000;
        long sec = t1.getSecond() - t2.getSecond();
        long min = t1.getMinute() - t2.getMinute();
        long hour = t1.getHour() - t2.getHour();
        long mday = t1.getDayOfMonth() - t2.getDayOfMonth();
        long mon = t1.getMonthValue() - t2.getMonthValue();
        long year = (long) t1.getYear() - t2.getYear();
        if (negative) {
            fsec = -fsec;
            sec = -sec;
            min = -min;
            hour = -hour;
            mday = -mday;
            mon = -mon;
            year = -year;
        }
        while (fsec < 0) {
            fsec += 1_000_000;
            sec--;
        }
        while (sec < 0) {
            sec += 60;
            min--;
        }
        while (min < 0) {
            min += 60;
            hour--;
        }
        while (hour < 0) {
            hour += 24;
            mday--;
        }
        while (mday < 0) {
            LocalDateTime ref = negative ? t1 : t2;
            mday += DAYS_IN_MONTH[ref.toLocalDate().isLeapYear() ? 1 : 0][ref.getMonthValue() - 1];
            mon--;
        }
        while (mon < 0) {
            mon += 12;
            year--;
        }
        long months = year * 12 + mon;
        long time = ((hour * 60 + min) * 60 + sec) * 1_000_000L + fsec;
        if (negative) {
            months = -months;
            mday = -mday;
            time = -time;
        }
        return new Interval((int) months, (int) mday, time);
    }

    static LocalDate makeDate(int year, int month, int day) {
        try {
            if (year == 0) {
                throw new DateTimeException("year zero");
            }
            return LocalDate.of(year < 0 ? year + 1 : year, month, day);
        } catch (DateTimeException e) {
            throw new PgException(SqlState.DATETIME_FIELD_OVERFLOW,
                    "date field value out of range: " + (year < 0 ? year + 1 : year) + "-" + two(month) + "-" + two(day));
        }
    }

    static LocalTime makeTime(int hour, int minute, double seconds) {
        long micros = Math.round(seconds * 1_000_000.0);
        boolean valid = hour >= 0 && minute >= 0 && minute < 60 && seconds >= 0 && micros <= 60_000_000L
                && (hour < 24 || (hour == 24 && minute == 0 && micros == 0));
        if (!valid || micros == 60_000_000L) {
            throw new PgException(SqlState.DATETIME_FIELD_OVERFLOW, "time field value out of range: " + hour + ":"
                    + two(minute) + ":" + two((int) seconds) + fraction(seconds));
        }
        if (hour == 24) {
            return LocalTime.MAX; // 24:00:00, as the types library represents it
        }
        return LocalTime.ofNanoOfDay(((hour * 60L + minute) * 60_000_000L + micros) * 1000);
    }

    private static String fraction(double seconds) {
        String s = Double.toString(seconds - Math.floor(seconds));
        return seconds == Math.floor(seconds) ? "" : s.substring(1);
    }

    private static String two(int v) {
        return v >= 0 && v < 10 ? "0" + v : Integer.toString(v);
    }

    private static Interval makeInterval(Object[] a) {
        long years = a.length > 0 ? (Integer) a[0] : 0;
        long months = a.length > 1 ? (Integer) a[1] : 0;
        long weeks = a.length > 2 ? (Integer) a[2] : 0;
        long days = a.length > 3 ? (Integer) a[3] : 0;
        long hours = a.length > 4 ? (Integer) a[4] : 0;
        long mins = a.length > 5 ? (Integer) a[5] : 0;
        double secs = a.length > 6 ? (Double) a[6] : 0.0;
        long m = years * 12 + months;
        long d = weeks * 7 + days;
        double micros = hours * 3_600_000_000.0 + mins * 60_000_000.0 + Math.rint(secs * 1_000_000.0);
        if (m > Integer.MAX_VALUE || m < Integer.MIN_VALUE || d > Integer.MAX_VALUE || d < Integer.MIN_VALUE
                || Double.isNaN(micros) || Math.abs(micros) > 9.2e18) {
            throw Errors.intervalOutOfRange();
        }
        return new Interval((int) m, (int) d, (long) micros);
    }

    private static Instant toTimestamp(double seconds) {
        if (Double.isNaN(seconds)) {
            throw new PgException(SqlState.DATETIME_FIELD_OVERFLOW, "timestamp cannot be NaN");
        }
        if (Double.isInfinite(seconds) || Math.abs(seconds) > 9.2e12) {
            throw new PgException(SqlState.DATETIME_FIELD_OVERFLOW,
                    "timestamp out of range: \"" + seconds + "\"");
        }
        long micros = (long) Math.rint(seconds * 1_000_000.0);
        return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
    }
}
