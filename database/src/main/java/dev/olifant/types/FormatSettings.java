package dev.olifant.types;

import java.time.ZoneId;

/**
 * The session settings that change how values are read and printed (DateStyle, IntervalStyle,
 * TimeZone, extra_float_digits, bytea_output).
 */
public record FormatSettings(DateStyle dateStyle, DateOrder dateOrder, IntervalStyle intervalStyle, ZoneId timeZone,
        int extraFloatDigits, boolean byteaHex) {

    /** PostgreSQL's defaults: DateStyle ISO, MDY; IntervalStyle postgres; extra_float_digits 1; bytea hex. */
    public static FormatSettings defaults(ZoneId timeZone) {
        return new FormatSettings(DateStyle.ISO, DateOrder.MDY, IntervalStyle.POSTGRES, timeZone, 1, true);
    }

    public enum DateStyle { ISO, POSTGRES, SQL, GERMAN }

    public enum DateOrder { MDY, DMY, YMD }

    public enum IntervalStyle { POSTGRES, POSTGRES_VERBOSE, SQL_STANDARD, ISO_8601 }
}
