package dev.olifant.types;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;

/**
 * The three interval fields being accumulated while reading an interval literal, with
 * PostgreSQL's rules (AdjustFractYears/Days/Microseconds) for spilling a fractional amount into
 * smaller fields: a fractional year becomes whole months, a fractional month 30-day days plus
 * time, a fractional week or day time; microseconds are rounded half to even.
 */
final class IntervalAmounts {
    enum Unit { MILLENNIUM, CENTURY, DECADE, YEAR, MONTH, WEEK, DAY, HOUR, MINUTE, SECOND, MILLISEC, MICROSEC }

    private final String text;
    private long months;
    private long days;
    private long micros;

    IntervalAmounts(String text) {
        this.text = text;
    }

    Interval result() {
        if (months > Integer.MAX_VALUE || months < Integer.MIN_VALUE || days > Integer.MAX_VALUE
                || days < Integer.MIN_VALUE) {
            throw fieldOverflow();
        }
        return new Interval((int) months, (int) days, micros);
    }

    void addMonths(long n) {
        try {
            months = Math.addExact(months, n);
        } catch (ArithmeticException e) {
            throw fieldOverflow();
        }
    }

    void addMicros(long n) {
        try {
            micros = Math.addExact(micros, n);
        } catch (ArithmeticException e) {
            throw fieldOverflow();
        }
    }

    /** "ago": every field changes sign. */
    void negate() {
        months = -months;
        days = -days;
        micros = -micros;
    }

    /** IntervalStyle sql_standard: a leading minus makes every field negative. */
    void forceNegative() {
        months = -Math.abs(months);
        days = -Math.abs(days);
        micros = -Math.abs(micros);
    }

    void add(Unit u, long ival, double fval) {
        try {
            switch (u) {
                case MILLENNIUM -> years(ival, fval, 1000);
                case CENTURY -> years(ival, fval, 100);
                case DECADE -> years(ival, fval, 10);
                case YEAR -> years(ival, fval, 1);
                case MONTH -> {
                    months = Math.addExact(months, ival);
                    fractDays(fval, 30);
                }
                case WEEK -> {
                    days = Math.addExact(days, Math.multiplyExact(ival, 7));
                    fractDays(fval, 7);
                }
                case DAY -> {
                    days = Math.addExact(days, ival);
                    fractMicros(fval, 86_400_000_000L);
                }
                case HOUR -> unitMicros(ival, fval, 3_600_000_000L);
                case MINUTE -> unitMicros(ival, fval, 60_000_000L);
                case SECOND -> unitMicros(ival, fval, 1_000_000L);
                case MILLISEC -> unitMicros(ival, fval, 1000L);
                case MICROSEC -> unitMicros(ival, fval, 1L);
            }
        } catch (ArithmeticException e) {
            throw fieldOverflow();
        }
    }

    private void years(long ival, double fval, int scale) {
        months = Math.addExact(months, Math.multiplyExact(Math.multiplyExact(ival, scale), 12));
        months = Math.addExact(months, (long) Math.rint(fval * scale * 12));
    }

    private void unitMicros(long ival, double fval, long scale) {
        micros = Math.addExact(micros, Math.multiplyExact(ival, scale));
        fractMicros(fval, scale);
    }

    private void fractDays(double frac, int scale) {
        double f = frac * scale;
        long extra = (long) f;
        days = Math.addExact(days, extra);
        fractMicros(f - extra, 86_400_000_000L);
    }

    private void fractMicros(double frac, long scale) {
        if (frac == 0) {
            return;
        }
        double f = frac * scale;
        long us = (long) f;
        us += (long) Math.rint(f - us);
        micros = Math.addExact(micros, us);
    }

    PgException fieldOverflow() {
        return new PgException(SqlState.INTERVAL_FIELD_OVERFLOW, "interval field value out of range: \"" + text + "\"");
    }
}
