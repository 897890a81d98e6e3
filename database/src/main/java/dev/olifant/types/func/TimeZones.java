package dev.olifant.types.func;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.types.Interval;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Time zone names as AT TIME ZONE and timezone() accept them: IANA names (case-insensitive),
 * common abbreviations, and POSIX-style offsets, where — as in PostgreSQL — a positive offset
 * means west of Greenwich ({@code 'UTC+5'} and {@code '+05'} are five hours behind UTC).
 */
final class TimeZones {
    private TimeZones() {
    }

    private static final Map<String, ZoneId> BY_LOWER_NAME = new TreeMap<>();
    private static final Map<String, ZoneOffset> ABBREVIATIONS = Map.ofEntries(
            Map.entry("utc", ZoneOffset.UTC), Map.entry("gmt", ZoneOffset.UTC), Map.entry("z", ZoneOffset.UTC),
            Map.entry("zulu", ZoneOffset.UTC), Map.entry("ut", ZoneOffset.UTC),
            Map.entry("est", ZoneOffset.ofHours(-5)), Map.entry("edt", ZoneOffset.ofHours(-4)),
            Map.entry("cst", ZoneOffset.ofHours(-6)), Map.entry("cdt", ZoneOffset.ofHours(-5)),
            Map.entry("mst", ZoneOffset.ofHours(-7)), Map.entry("mdt", ZoneOffset.ofHours(-6)),
            Map.entry("pst", ZoneOffset.ofHours(-8)), Map.entry("pdt", ZoneOffset.ofHours(-7)),
            Map.entry("cet", ZoneOffset.ofHours(1)), Map.entry("cest", ZoneOffset.ofHours(2)),
            Map.entry("eet", ZoneOffset.ofHours(2)), Map.entry("eest", ZoneOffset.ofHours(3)),
            Map.entry("bst", ZoneOffset.ofHours(1)), Map.entry("ist", ZoneOffset.ofHoursMinutes(5, 30)),
            Map.entry("jst", ZoneOffset.ofHours(9)), Map.entry("msk", ZoneOffset.ofHours(3)));

    static {
        for (String id : ZoneId.getAvailableZoneIds()) {
            BY_LOWER_NAME.put(id.toLowerCase(Locale.ROOT), ZoneId.of(id));
        }
    }

    static ZoneId parse(String name) {
        String lower = name.trim().toLowerCase(Locale.ROOT);
        ZoneOffset abbreviation = ABBREVIATIONS.get(lower);
        if (abbreviation != null) {
            return abbreviation;
        }
        ZoneId zone = BY_LOWER_NAME.get(lower);
        if (zone != null) {
            return zone;
        }
        ZoneOffset posix = posixOffset(lower);
        if (posix != null) {
            return posix;
        }
        throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "time zone \"" + name + "\" not recognized");
    }

    /** "+05", "-3:30", "utc+5", "gmt-2" in POSIX sign convention. */
    private static ZoneOffset posixOffset(String s) {
        String rest = s;
        for (String prefix : new String[] {"utc", "gmt", "ut"}) {
            if (rest.startsWith(prefix)) {
                rest = rest.substring(prefix.length());
                break;
            }
        }
        if (rest.isEmpty()) {
            return null;
        }
        int sign = 1;
        char c0 = rest.charAt(0);
        if (c0 == '+' || c0 == '-') {
            sign = c0 == '-' ? -1 : 1;
            rest = rest.substring(1);
        }
        String[] parts = rest.split(":");
        try {
            int h = Integer.parseInt(parts[0]);
            int m = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
            int sec = parts.length > 2 ? Integer.parseInt(parts[2]) : 0;
            int total = h * 3600 + m * 60 + sec;
            return ZoneOffset.ofTotalSeconds(-sign * total);
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
    }

    /** An interval used as a zone: its time part is the offset east of Greenwich. */
    static ZoneOffset fromInterval(Interval iv) {
        if (iv.months() != 0 || iv.days() != 0) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE,
                    "interval time zone \"" + iv + "\" must not include months or days");
        }
        try {
            return ZoneOffset.ofTotalSeconds((int) (iv.micros() / 1_000_000L));
        } catch (DateTimeException e) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "interval time zone must be within range");
        }
    }
}
