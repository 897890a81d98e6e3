package dev.olifant.types.func;

import dev.olifant.types.Interval;
import dev.olifant.types.PgType;
import dev.olifant.types.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

/**
 * Date/time operators: arithmetic between date, time, timestamp, timestamptz and interval as
 * pg_operator defines it, and comparisons including the cross-type date / timestamp /
 * timestamptz variants (a date is midnight; a timestamp without zone is read in the session
 * TimeZone when compared with a timestamptz).
 */
final class DateTimeOperators {
    private DateTimeOperators() {
    }

    static void register(BuiltinCatalog c) {
        PgType d = Types.DATE;
        PgType i4 = Types.INT4;
        PgType ts = Types.TIMESTAMP;
        PgType tz = Types.TIMESTAMPTZ;
        PgType iv = Types.INTERVAL;
        PgType tm = Types.TIME;
        PgType f8 = Types.FLOAT8;
        c.op("+", d, i4, d, "date_pli", (ctx, a) -> plusDays((LocalDate) a[0], (Integer) a[1]));
        c.op("+", i4, d, d, "integer_pl_date", (ctx, a) -> plusDays((LocalDate) a[1], (Integer) a[0]));
        c.op("-", d, i4, d, "date_mii", (ctx, a) -> plusDays((LocalDate) a[0], -(long) (Integer) a[1]));
        c.op("-", d, d, i4, "date_mi", (ctx, a) -> (int) ChronoUnit.DAYS.between((LocalDate) a[1], (LocalDate) a[0]));
        c.op("+", d, iv, ts, "date_pl_interval", (ctx, a) -> DateTimeMath.plus(((LocalDate) a[0]).atStartOfDay(),
                (Interval) a[1]));
        c.op("+", iv, d, ts, "interval_pl_date", (ctx, a) -> DateTimeMath.plus(((LocalDate) a[1]).atStartOfDay(),
                (Interval) a[0]));
        c.op("-", d, iv, ts, "date_mi_interval", (ctx, a) -> DateTimeMath.plus(((LocalDate) a[0]).atStartOfDay(),
                DateTimeMath.negate((Interval) a[1])));
        c.op("+", d, tm, ts, "datetime_pl", (ctx, a) -> ((LocalDate) a[0]).atTime((LocalTime) a[1]));
        c.op("+", tm, d, ts, "timedate_pl", (ctx, a) -> ((LocalDate) a[1]).atTime((LocalTime) a[0]));
        c.op("+", ts, iv, ts, "timestamp_pl_interval", (ctx, a) -> DateTimeMath.plus((LocalDateTime) a[0],
                (Interval) a[1]));
        c.op("+", iv, ts, ts, "interval_pl_timestamp", (ctx, a) -> DateTimeMath.plus((LocalDateTime) a[1],
                (Interval) a[0]));
        c.op("-", ts, iv, ts, "timestamp_mi_interval", (ctx, a) -> DateTimeMath.plus((LocalDateTime) a[0],
                DateTimeMath.negate((Interval) a[1])));
        c.op("-", ts, ts, iv, "timestamp_mi", (ctx, a) -> DateTimeMath.difference(
                DateTimeMath.micros((LocalDateTime) a[0], (LocalDateTime) a[1])));
        Binder stable = Binder.of((ctx, a) -> DateTimeMath.plus((Instant) a[0], (Interval) a[1], DateTimeMath.zone(ctx)));
        c.op("+", tz, iv, tz, "timestamptz_pl_interval", Volatility.STABLE, stable);
        c.op("+", iv, tz, tz, "interval_pl_timestamptz", Volatility.STABLE, Binder.of(
                (ctx, a) -> DateTimeMath.plus((Instant) a[1], (Interval) a[0], DateTimeMath.zone(ctx))));
        c.op("-", tz, iv, tz, "timestamptz_mi_interval", Volatility.STABLE, Binder.of(
                (ctx, a) -> DateTimeMath.plus((Instant) a[0], DateTimeMath.negate((Interval) a[1]),
                        DateTimeMath.zone(ctx))));
        c.op("-", tz, tz, iv, "timestamptz_mi", (ctx, a) -> DateTimeMath.difference(
                DateTimeMath.micros((Instant) a[0], (Instant) a[1])));
        c.op("+", iv, iv, iv, "interval_pl", (ctx, a) -> DateTimeMath.add((Interval) a[0], (Interval) a[1]));
        c.op("-", iv, iv, iv, "interval_mi", (ctx, a) -> DateTimeMath.sub((Interval) a[0], (Interval) a[1]));
        c.op("-", null, iv, iv, "interval_um", (ctx, a) -> DateTimeMath.negate((Interval) a[0]));
        c.op("*", iv, f8, iv, "interval_mul", (ctx, a) -> DateTimeMath.multiply((Interval) a[0], (Double) a[1]));
        c.op("*", f8, iv, iv, "mul_d_interval", (ctx, a) -> DateTimeMath.multiply((Interval) a[1], (Double) a[0]));
        c.op("/", iv, f8, iv, "interval_div", (ctx, a) -> DateTimeMath.divide((Interval) a[0], (Double) a[1]));
        c.op("+", tm, iv, tm, "time_pl_interval", (ctx, a) -> DateTimeMath.plus((LocalTime) a[0], (Interval) a[1]));
        c.op("+", iv, tm, tm, "interval_pl_time", (ctx, a) -> DateTimeMath.plus((LocalTime) a[1], (Interval) a[0]));
        c.op("-", tm, iv, tm, "time_mi_interval", (ctx, a) -> DateTimeMath.plus((LocalTime) a[0],
                DateTimeMath.negate((Interval) a[1])));
        c.op("-", tm, tm, iv, "time_mi_time", (ctx, a) -> new Interval(0, 0,
                DateTimeMath.micros((LocalTime) a[0]) - DateTimeMath.micros((LocalTime) a[1])));

        ComparisonOperators.comparisons(c, d, d, "date_", ValueComparators.DATE);
        ComparisonOperators.comparisons(c, tm, tm, "time_", ValueComparators.TIME);
        ComparisonOperators.comparisons(c, ts, ts, "timestamp_", ValueComparators.TIMESTAMP);
        ComparisonOperators.comparisons(c, tz, tz, "timestamptz_", ValueComparators.TIMESTAMPTZ);
        ComparisonOperators.comparisons(c, iv, iv, "interval_", ValueComparators.INTERVAL);
        ComparisonOperators.comparisons(c, d, ts, "date_", (x, y) -> ((LocalDate) x).atStartOfDay()
                .compareTo((LocalDateTime) y), "_timestamp");
        ComparisonOperators.comparisons(c, ts, d, "timestamp_", (x, y) -> ((LocalDateTime) x)
                .compareTo(((LocalDate) y).atStartOfDay()), "_date");
        crossZoned(c, d, tz, "date_", "_timestamptz");
        crossZoned(c, tz, d, "timestamptz_", "_date");
        crossZoned(c, ts, tz, "timestamp_", "_timestamptz");
        crossZoned(c, tz, ts, "timestamptz_", "_timestamp");
    }

    /** PostgreSQL's date range: Julian day 0 (4714-11-24 BC) to 5874897-12-31. */
    private static final LocalDate MIN_DATE = LocalDate.of(-4713, 11, 24);
    private static final LocalDate MAX_DATE = LocalDate.of(5874897, 12, 31);

    private static LocalDate plusDays(LocalDate d, long days) {
        if (d.equals(LocalDate.MAX) || d.equals(LocalDate.MIN)) {
            return d; // infinity
        }
        try {
            LocalDate r = d.plusDays(days);
            if (r.isBefore(MIN_DATE) || r.isAfter(MAX_DATE)) {
                throw Errors.dateOutOfRange();
            }
            return r;
        } catch (java.time.DateTimeException e) {
            throw Errors.dateOutOfRange();
        }
    }

    /** Comparisons that read a date or timestamp in the session time zone (stable, not immutable). */
    private static void crossZoned(BuiltinCatalog c, PgType l, PgType r, String prefix, String suffix) {
        String[] names = ComparisonOperators.NAMES;
        String[] sfx = {"eq", "ne", "lt", "le", "gt", "ge"};
        for (int k = 0; k < names.length; k++) {
            int op = k;
            c.op(names[k], l, r, Types.BOOL, prefix + sfx[k] + suffix, Volatility.STABLE, Binder.of((ctx, a) ->
                    ComparisonOperators.test(op, toInstant(l, a[0], ctx).compareTo(toInstant(r, a[1], ctx)))));
        }
    }

    private static Instant toInstant(PgType t, Object v, dev.olifant.types.EvalContext ctx) {
        if (v instanceof Instant i) {
            return i;
        }
        if (v instanceof LocalDate d) {
            return DateTimeMath.toInstant(d, DateTimeMath.zone(ctx));
        }
        return DateTimeMath.toInstant((LocalDateTime) v, DateTimeMath.zone(ctx));
    }
}
