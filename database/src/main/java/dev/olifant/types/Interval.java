package dev.olifant.types;

/**
 * An interval value, kept in PostgreSQL's three separate fields: months, days and microseconds
 * are never normalised into each other except by the justify functions, exactly as PostgreSQL
 * does (so {@code '1 day'} and {@code '24 hours'} are equal when compared but print differently).
 */
public record Interval(int months, int days, long micros) {
    public static final Interval ZERO = new Interval(0, 0, 0);
}
