package dev.olifant.types.func;

import dev.olifant.types.EvalContext;
import dev.olifant.types.Interval;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/**
 * Date/time arithmetic as timestamp.c and date.c do it: interval months and days are calendar
 * steps (a month past Jan 31 is Feb 28/29), applied to timestamptz in the session time zone;
 * the microsecond part is absolute time. Differences of timestamps are justified into days and
 * time (justify_hours), never into months.
 */
final class DateTimeMath {
    private DateTimeMath() {
    }

    static final long USECS_PER_DAY = 86_400_000_000L;
    static final long USECS_PER_SEC = 1_000_000L;

    static ZoneId zone(EvalContext ctx) {
        return ctx.settings().timeZone();
    }

    static LocalDateTime plus(LocalDateTime ts, Interval iv) {
        if (ts.equals(LocalDateTime.MAX) || ts.equals(LocalDateTime.MIN)) {
            return ts; // infinity
        }
        try {
            LocalDateTime r = ts;
            if (iv.months() != 0) {
                r = r.plusMonths(iv.months());
            }
            if (iv.days() != 0) {
                r = r.plusDays(iv.days());
            }
            return r.plus(iv.micros(), ChronoUnit.MICROS);
        } catch (DateTimeException | ArithmeticException e) {
            throw Errors.timestampOutOfRange();
        }
    }

    static Instant plus(Instant ts, Interval iv, ZoneId zone) {
        if (ts.equals(Instant.MAX) || ts.equals(Instant.MIN)) {
            return ts; // infinity
        }
        try {
            Instant r = ts;
            if (iv.months() != 0 || iv.days() != 0) {
                ZonedDateTime z = ts.atZone(zone);
                if (iv.months() != 0) {
                    z = z.plusMonths(iv.months());
                }
                if (iv.days() != 0) {
                    z = z.plusDays(iv.days());
                }
                r = z.toInstant();
            }
            return r.plus(iv.micros(), ChronoUnit.MICROS);
        } catch (DateTimeException | ArithmeticException e) {
            throw Errors.timestampOutOfRange();
        }
    }

    static Interval negate(Interval iv) {
        if (iv.months() == Integer.MIN_VALUE || iv.days() == Integer.MIN_VALUE || iv.micros() == Long.MIN_VALUE) {
            throw Errors.intervalOutOfRange();
        }
        return new Interval(-iv.months(), -iv.days(), -iv.micros());
    }

    static Interval add(Interval a, Interval b) {
        try {
            return new Interval(Math.addExact(a.months(), b.months()), Math.addExact(a.days(), b.days()),
                    Math.addExact(a.micros(), b.micros()));
        } catch (ArithmeticException e) {
            throw Errors.intervalOutOfRange();
        }
    }

    static Interval sub(Interval a, Interval b) {
        try {
            return new Interval(Math.subtractExact(a.months(), b.months()), Math.subtractExact(a.days(), b.days()),
                    Math.subtractExact(a.micros(), b.micros()));
        } catch (ArithmeticException e) {
            throw Errors.intervalOutOfRange();
        }
    }

    /** The difference of two points in time in microseconds, as timestamp_mi returns it (justified hours). */
    static Interval difference(long micros) {
        return justifyHours(new Interval(0, 0, micros));
    }

    static long micros(LocalDateTime a, LocalDateTime b) {
        return ChronoUnit.MICROS.between(b, a);
    }

    static long micros(Instant a, Instant b) {
        return ChronoUnit.MICROS.between(b, a);
    }

    static Interval justifyHours(Interval iv) {
        long wholeDays = iv.micros() / USECS_PER_DAY;
        long time = iv.micros() - wholeDays * USECS_PER_DAY;
        long days = iv.days() + wholeDays;
        if (days > 0 && time < 0) {
            time += USECS_PER_DAY;
            days--;
        } else if (days < 0 && time > 0) {
            time -= USECS_PER_DAY;
            days++;
        }
        return new Interval(iv.months(), toInt(days), time);
    }

    static Interval justifyDays(Interval iv) {
        int wholeMonths = iv.days() / 30;
        int days = iv.days() - wholeMonths * 30;
        long months = (long) iv.months() + wholeMonths;
        if (months > 0 && days < 0) {
            days += 30;
            months--;
        } else if (months < 0 && days > 0) {
            days -= 30;
            months++;
        }
        return new Interval(toInt(months), days, iv.micros());
    }

    static Interval justifyInterval(Interval iv) {
        long months = iv.months();
        long days = iv.days();
        long time = iv.micros();
        long wholeDays = time / USECS_PER_DAY;
        time -= wholeDays * USECS_PER_DAY;
        days += wholeDays;
        long wholeMonths = days / 30;
        days -= wholeMonths * 30;
        months += wholeMonths;
        if (months > 0 && (days < 0 || (days == 0 && time < 0))) {
            days += 30;
            months--;
        } else if (months < 0 && (days > 0 || (days == 0 && time > 0))) {
            days -= 30;
            months++;
        }
        if (days > 0 && time < 0) {
            time += USECS_PER_DAY;
            days--;
        } else if (days < 0 && time > 0) {
            time -= USECS_PER_DAY;
            days++;
        }
        return new Interval(toInt(months), toInt(days), time);
    }

    private static int toInt(long v) {
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw Errors.intervalOutOfRange();
        }
        return (int) v;
    }

    private static double tsround(double v) {
        return Math.rint(v * 1_000_000.0) / 1_000_000.0;
    }

    /** interval_mul. */
    static Interval multiply(Interval span, double factor) {
        double m = span.months() * factor;
        double d = span.days() * factor;
        if (Double.isNaN(m) || m < Integer.MIN_VALUE || m > Integer.MAX_VALUE || Double.isNaN(d)
                || d < Integer.MIN_VALUE || d > Integer.MAX_VALUE) {
            throw Errors.intervalOutOfRange();
        }
        return cascade(span, (int) m, (int) d, span.months() * factor, span.days() * factor, span.micros() * factor);
    }

    /** interval_div. */
    static Interval divide(Interval span, double factor) {
        if (factor == 0.0) {
            throw Errors.divisionByZero();
        }
        return cascade(span, (int) (span.months() / factor), (int) (span.days() / factor), span.months() / factor,
                span.days() / factor, span.micros() / factor);
    }

    private static Interval cascade(Interval span, int month, int day, double exactMonths, double exactDays,
            double scaledTime) {
        double monthRemainderDays = tsround((exactMonths - month) * 30);
        double secRemainder = tsround((exactDays - day + monthRemainderDays - (int) monthRemainderDays) * 86400);
        if (Math.abs(secRemainder) >= 86400) {
            day += (int) (secRemainder / 86400);
            secRemainder -= (int) (secRemainder / 86400) * 86400;
        }
        day += (int) monthRemainderDays;
        double time = Math.rint(scaledTime + secRemainder * USECS_PER_SEC);
        if (Double.isNaN(time) || time < -9.223372036854776E18 || time >= 9.223372036854776E18) {
            throw Errors.intervalOutOfRange();
        }
        return new Interval(month, day, (long) time);
    }

    static LocalTime plus(LocalTime t, Interval iv) {
        long r = micros(t) + iv.micros();
        r -= r / USECS_PER_DAY * USECS_PER_DAY;
        if (r < 0) {
            r += USECS_PER_DAY;
        }
        return LocalTime.ofNanoOfDay(r * 1000);
    }

    /** Microseconds since midnight; 24:00:00 (LocalTime.MAX) is a full day. */
    static long micros(LocalTime t) {
        return t.equals(LocalTime.MAX) ? USECS_PER_DAY : t.toNanoOfDay() / 1000;
    }

    static Instant toInstant(LocalDateTime ts, ZoneId zone) {
        return ts.atZone(zone).toInstant();
    }

    static Instant toInstant(LocalDate d, ZoneId zone) {
        return d.atStartOfDay(zone).toInstant();
    }
}
