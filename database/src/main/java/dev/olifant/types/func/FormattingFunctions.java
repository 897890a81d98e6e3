package dev.olifant.types.func;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.types.EvalContext;
import dev.olifant.types.Interval;
import dev.olifant.types.PgType;
import dev.olifant.types.Types;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;

/** to_char, to_date and to_timestamp(text, text): registration and the template parser. */
final class FormattingFunctions {
    private FormattingFunctions() {
    }

    static void register(BuiltinCatalog c) {
        PgType t = Types.TEXT;
        Volatility stable = Volatility.STABLE;
        c.fn("to_char", t, true, stable, (ctx, a) -> DateFormat.format(DateFormat.of((LocalDateTime) a[0], null,
                ZoneOffset.UTC), (String) a[1]), Types.TIMESTAMP, t);
        c.fn("to_char", t, true, stable, (ctx, a) -> {
            ZoneId zone = DateTimeMath.zone(ctx);
            ZonedDateTime z = ((Instant) a[0]).atZone(zone);
            String abbrev = zoneAbbreviation(z);
            return DateFormat.format(DateFormat.of(z.toLocalDateTime(), abbrev, z.getOffset()), (String) a[1]);
        }, Types.TIMESTAMPTZ, t);
        c.fn("to_char", t, true, stable, (ctx, a) -> formatInterval((Interval) a[0], (String) a[1]), Types.INTERVAL, t);
        c.fn("to_char", t, true, stable, (ctx, a) -> NumberFormat.format((BigDecimal) a[0], (String) a[1]),
                Types.NUMERIC, t);
        c.fn("to_char", t, true, stable, (ctx, a) -> NumberFormat.format(BigDecimal.valueOf((Integer) a[0]),
                (String) a[1]), Types.INT4, t);
        c.fn("to_char", t, true, stable, (ctx, a) -> NumberFormat.format(BigDecimal.valueOf((Long) a[0]),
                (String) a[1]), Types.INT8, t);
        c.fn("to_char", t, true, stable, (ctx, a) -> NumberFormat.format(new BigDecimal(Float.toString((Float) a[0])),
                (String) a[1]), Types.FLOAT4, t);
        c.fn("to_char", t, true, stable, (ctx, a) -> NumberFormat.format(new BigDecimal(Double.toString((Double) a[0])),
                (String) a[1]), Types.FLOAT8, t);
        c.fn("to_date", Types.DATE, true, stable, (ctx, a) -> parse((String) a[0], (String) a[1], ctx, true),
                t, t);
        c.fn("to_timestamp", Types.TIMESTAMPTZ, true, stable, (ctx, a) -> parse((String) a[0], (String) a[1], ctx,
                false), t, t);
    }

    /** The zone abbreviation PostgreSQL prints for TZ: EST/EDT style names, UTC, else the numeric offset. */
    static String zoneAbbreviation(ZonedDateTime z) {
        String id = z.getZone().getId();
        if (id.equals("UTC") || id.equals("Etc/UTC") || id.equals("Z") || id.equals("Etc/UCT")) {
            return "UTC";
        }
        if (!(z.getZone() instanceof ZoneOffset)) {
            String name = java.time.format.DateTimeFormatter.ofPattern("zzz", Locale.US).format(z);
            if (!name.startsWith("GMT") && !name.startsWith("UTC") && name.chars().allMatch(Character::isLetter)) {
                return name;
            }
        }
        int secs = z.getOffset().getTotalSeconds();
        String s = (secs < 0 ? "-" : "+") + String.format("%02d", Math.abs(secs) / 3600);
        int minutes = Math.abs(secs) / 60 % 60;
        return minutes == 0 ? s : s + ":" + String.format("%02d", minutes);
    }

    private static String formatInterval(Interval iv, String pattern) {
        long hours = iv.micros() / 3_600_000_000L;
        long rest = iv.micros() % 3_600_000_000L;
        int minutes = (int) (rest / 60_000_000L);
        long secMicros = rest % 60_000_000L;
        int years = iv.months() / 12;
        int months = iv.months() % 12;
        // as PostgreSQL: the "day of year" of an interval approximates its span in days
        long yday = (years * 12L + months) * 30 + iv.days();
        DateFormat.Fields f = new DateFormat.Fields(years, months, iv.days(), hours, minutes,
                (int) (secMicros / 1_000_000L), (int) (secMicros % 1_000_000L), LocalDate.of(2000, 1, 1), yday, true,
                null, null);
        return DateFormat.format(f, pattern);
    }

    /** Parses {@code text} by template; returns a LocalDate for to_date, an Instant for to_timestamp. */
    static Object parse(String text, String pattern, EvalContext ctx, boolean dateOnly) {
        int year = 1;
        boolean yearSet = false;
        int month = 1;
        int day = 1;
        int hour = 0;
        int minute = 0;
        int second = 0;
        long micros = 0;
        Boolean pm = null;
        boolean bc = false;
        Integer doy = null;
        Integer tzOffsetSeconds = null;
        int ti = 0;
        int pi = 0;
        int n = pattern.length();
        while (pi < n) {
            if (pattern.startsWith("FM", pi) || pattern.startsWith("fm", pi)) {
                pi += 2;
                continue;
            }
            char pc = pattern.charAt(pi);
            if (pc == '"') {
                int end = pattern.indexOf('"', pi + 1);
                end = end < 0 ? n : end;
                ti = Math.min(text.length(), ti + (end - pi - 1));
                pi = end + 1;
                continue;
            }
            String p = DateFormat.match(pattern, pi);
            if (p == null) {
                pi++;
                if (Character.isWhitespace(pc)) {
                    while (ti < text.length() && Character.isWhitespace(text.charAt(ti))) {
                        ti++;
                    }
                } else if (ti < text.length() && !Character.isLetterOrDigit(text.charAt(ti))) {
                    ti++;
                }
                continue;
            }
            pi += p.length();
            if (pattern.startsWith("TH", pi) || pattern.startsWith("th", pi)) {
                pi += 2;
            }
            while (ti < text.length() && Character.isWhitespace(text.charAt(ti))) {
                ti++;
            }
            String up = p.toUpperCase(Locale.ROOT);
            switch (up) {
                case "YYYY", "IYYY", "Y,YYY" -> {
                    boolean adjacentField = pi < n && Character.isLetter(pattern.charAt(pi));
                    int[] r = number(text, ti, adjacentField ? 4 : 9, p);
                    year = r[0];
                    ti = r[1];
                    yearSet = true;
                }
                case "YYY", "YY", "Y" -> {
                    int[] r = number(text, ti, up.length(), p);
                    int digits = r[1] - ti;
                    year = digits >= 4 ? r[0] : adjustYear(r[0], up.length());
                    ti = r[1];
                    yearSet = true;
                }
                case "MM" -> {
                    int[] r = number(text, ti, 2, p);
                    month = r[0];
                    ti = r[1];
                }
                case "DD" -> {
                    int[] r = number(text, ti, 2, p);
                    day = r[0];
                    ti = r[1];
                }
                case "DDD" -> {
                    int[] r = number(text, ti, 3, p);
                    doy = r[0];
                    ti = r[1];
                }
                case "HH", "HH12", "HH24" -> {
                    int[] r = number(text, ti, 2, p);
                    hour = r[0];
                    ti = r[1];
                    if (!up.equals("HH24") && (hour < 1 || hour > 12)) {
                        throw new PgException(SqlState.INVALID_DATETIME_FORMAT, "hour \"" + hour
                                + "\" is invalid for the 12-hour clock")
                                .withHint("Use the 24-hour clock, or give an hour between 1 and 12.");
                    }
                }
                case "MI" -> {
                    int[] r = number(text, ti, 2, p);
                    minute = r[0];
                    ti = r[1];
                }
                case "SS" -> {
                    int[] r = number(text, ti, 2, p);
                    second = r[0];
                    ti = r[1];
                }
                case "MS" -> {
                    int[] r = number(text, ti, 3, p);
                    micros += r[0] * (long) Math.pow(10, 3 - (r[1] - ti) + 3);
                    ti = r[1];
                }
                case "US", "FF1", "FF2", "FF3", "FF4", "FF5", "FF6" -> {
                    int width = up.equals("US") ? 6 : up.charAt(2) - '0';
                    int[] r = number(text, ti, width, p);
                    micros = r[0] * (long) Math.pow(10, 6 - (r[1] - ti));
                    ti = r[1];
                }
                case "AM", "PM", "A.M.", "P.M." -> {
                    String rest = text.substring(ti).toUpperCase(Locale.ROOT);
                    int len = up.length();
                    if (rest.startsWith(up.contains(".") ? "A.M." : "AM")) {
                        pm = false;
                    } else if (rest.startsWith(up.contains(".") ? "P.M." : "PM")) {
                        pm = true;
                    } else {
                        throw invalidValue(rest, p, "The given value did not match any of the allowed values for this field.");
                    }
                    ti += len;
                }
                case "BC", "AD", "B.C.", "A.D." -> {
                    String rest = text.substring(ti).toUpperCase(Locale.ROOT);
                    bc = rest.startsWith("B");
                    ti += up.length();
                }
                case "MONTH", "MON" -> {
                    int found = -1;
                    for (int k = 0; k < 12 && found < 0; k++) {
                        String name = DateFormat.MONTHS[k];
                        String candidate = up.equals("MON") ? name.substring(0, 3) : name;
                        if (text.regionMatches(true, ti, candidate, 0, candidate.length())) {
                            found = k;
                            ti += candidate.length();
                        }
                    }
                    if (found < 0) {
                        throw invalidValue(text.substring(ti), p,
                                "The given value did not match any of the allowed values for this field.");
                    }
                    month = found + 1;
                }
                case "DAY", "DY" -> {
                    while (ti < text.length() && Character.isLetter(text.charAt(ti))) {
                        ti++;
                    }
                }
                case "TZH" -> {
                    int sign = 1;
                    if (ti < text.length() && (text.charAt(ti) == '-' || text.charAt(ti) == '+')) {
                        sign = text.charAt(ti) == '-' ? -1 : 1;
                        ti++;
                    }
                    int[] r = number(text, ti, 2, p);
                    tzOffsetSeconds = sign * r[0] * 3600 + (tzOffsetSeconds == null ? 0 : tzOffsetSeconds);
                    ti = r[1];
                }
                case "TZM" -> {
                    int[] r = number(text, ti, 2, p);
                    int base = tzOffsetSeconds == null ? 0 : tzOffsetSeconds;
                    tzOffsetSeconds = base + (base < 0 ? -r[0] * 60 : r[0] * 60);
                    ti = r[1];
                }
                default -> throw Errors.notSupported("formatting field \"" + p + "\" is only supported in to_char");
            }
        }
        if (pm != null) {
            if (hour > 12 || hour < 1) {
                throw new PgException(SqlState.INVALID_DATETIME_FORMAT, "hour \"" + hour
                        + "\" is invalid for the 12-hour clock");
            }
            hour = hour % 12 + (pm ? 12 : 0);
        }
        if (bc && yearSet) {
            year = 1 - year;
        }
        LocalDate date;
        try {
            date = doy != null ? LocalDate.ofYearDay(year, doy) : LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new PgException(SqlState.DATETIME_FIELD_OVERFLOW, "date/time field value out of range: \""
                    + text + "\"");
        }
        if (dateOnly) {
            return date;
        }
        if (hour > 24 || minute > 59 || second > 60) {
            throw new PgException(SqlState.DATETIME_FIELD_OVERFLOW, "date/time field value out of range: \""
                    + text + "\"");
        }
        LocalDateTime ts = date.atStartOfDay().plusHours(hour).plusMinutes(minute).plusSeconds(second)
                .plusNanos(micros * 1000);
        ZoneId zone = tzOffsetSeconds != null ? ZoneOffset.ofTotalSeconds(tzOffsetSeconds) : DateTimeMath.zone(ctx);
        return ts.atZone(zone).toInstant();
    }

    private static int adjustYear(int year, int digits) {
        if (digits == 2) {
            return year < 70 ? year + 2000 : year + 1900;
        }
        if (digits == 3) {
            return year < 100 ? year + 2000 : year + 1000;
        }
        return year < 5 ? year + 2000 : year + 1990;
    }

    /** Reads up to {@code max} digits (with an optional sign) at {@code from}: {value, end}. */
    private static int[] number(String text, int from, int max, String field) {
        int i = from;
        boolean negative = false;
        if (i < text.length() && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
            negative = text.charAt(i) == '-';
            i++;
        }
        int start = i;
        while (i < text.length() && i - start < max && Character.isDigit(text.charAt(i))) {
            i++;
        }
        if (i == start) {
            String bad = text.substring(from, Math.min(text.length(), from + Math.max(1, max)));
            throw invalidValue(bad, field, "Value must be an integer.");
        }
        int v = Integer.parseInt(text.substring(start, i));
        return new int[] {negative ? -v : v, i};
    }

    private static PgException invalidValue(String value, String field, String detail) {
        return new PgException(SqlState.INVALID_DATETIME_FORMAT, "invalid value \"" + value + "\" for \"" + field
                + "\"").withDetail(detail);
    }
}
