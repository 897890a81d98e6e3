package dev.olifant.types;

/**
 * The field restriction of an interval type ({@code INTERVAL YEAR TO MONTH}, {@code INTERVAL
 * DAY TO SECOND(3)}, ...) as the high half of its typmod: a mask of PostgreSQL's datetime field
 * bits (MONTH 1, YEAR 2, DAY 3, HOUR 10, MINUTE 11, SECOND 12).
 */
public enum IntervalRange {
    YEAR(1 << 2, " year"),
    MONTH(1 << 1, " month"),
    DAY(1 << 3, " day"),
    HOUR(1 << 10, " hour"),
    MINUTE(1 << 11, " minute"),
    SECOND(1 << 12, " second"),
    YEAR_TO_MONTH((1 << 2) | (1 << 1), " year to month"),
    DAY_TO_HOUR((1 << 3) | (1 << 10), " day to hour"),
    DAY_TO_MINUTE((1 << 3) | (1 << 10) | (1 << 11), " day to minute"),
    DAY_TO_SECOND((1 << 3) | (1 << 10) | (1 << 11) | (1 << 12), " day to second"),
    HOUR_TO_MINUTE((1 << 10) | (1 << 11), " hour to minute"),
    HOUR_TO_SECOND((1 << 10) | (1 << 11) | (1 << 12), " hour to second"),
    MINUTE_TO_SECOND((1 << 11) | (1 << 12), " minute to second"),
    FULL(0x7FFF, "");

    private final int mask;
    private final String text;

    IntervalRange(int mask, String text) {
        this.mask = mask;
        this.text = text;
    }

    int mask() {
        return mask;
    }

    /** What intervaltypmodout prints for the range, e.g. {@code " day to second"}. */
    String text() {
        return text;
    }

    static IntervalRange ofTypmod(int typmod) {
        if (typmod < 0) {
            return FULL;
        }
        int m = (typmod >>> 16) & 0x7FFF;
        for (IntervalRange r : values()) {
            if (r.mask == m) {
                return r;
            }
        }
        return FULL;
    }
}
