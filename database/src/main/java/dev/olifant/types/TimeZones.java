package dev.olifant.types;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Time zone names and abbreviations as date/time input accepts them: PostgreSQL's "Default"
 * abbreviation set (fixed UTC offsets) and the IANA zone names, matched case-insensitively.
 */
final class TimeZones {
    private static final Map<String, Integer> ABBREVIATIONS = new HashMap<>();
    private static final Map<String, ZoneId> ZONES = new HashMap<>();
    private static final Map<ZoneId, DateTimeFormatter> ABBREV_FORMATTERS = new ConcurrentHashMap<>();

    static {
        abbrev(0, "utc", "ut", "gmt", "z", "zulu", "wet", "greenwich", "universal");
        abbrev(-5 * 3600, "est", "cdt", "cot", "pet");
        abbrev(-4 * 3600, "edt", "ast", "vet", "bot", "clt");
        abbrev(-6 * 3600, "cst", "mdt");
        abbrev(-7 * 3600, "mst", "pdt");
        abbrev(-8 * 3600, "pst", "akdt");
        abbrev(-9 * 3600, "akst", "hdt");
        abbrev(-10 * 3600, "hst");
        abbrev(-3 * 3600, "adt", "art", "brt", "clst", "uyt");
        abbrev(-2 * 3600, "brst", "fnt");
        abbrev(-(3 * 3600 + 1800), "nst");
        abbrev(-(2 * 3600 + 1800), "ndt");
        abbrev(3600, "cet", "met", "bst", "west", "wat");
        abbrev(2 * 3600, "cest", "mest", "eet", "sast", "cat", "ist");
        abbrev(3 * 3600, "eest", "msk", "eat", "idt");
        abbrev(4 * 3600, "gst", "msd");
        abbrev(5 * 3600, "pkt");
        abbrev(7 * 3600, "ict", "wib");
        abbrev(8 * 3600, "awst", "hkt", "sgt", "wst", "myt", "pht");
        abbrev(9 * 3600, "jst", "kst", "wit");
        abbrev(9 * 3600 + 1800, "acst");
        abbrev(10 * 3600 + 1800, "acdt");
        abbrev(10 * 3600, "aest", "chst");
        abbrev(11 * 3600, "aedt");
        abbrev(12 * 3600, "nzst");
        abbrev(13 * 3600, "nzdt");
        for (String id : ZoneId.getAvailableZoneIds()) {
            ZONES.put(id.toLowerCase(Locale.ROOT), ZoneId.of(id));
        }
    }

    private TimeZones() {
    }

    private static void abbrev(int offsetSeconds, String... names) {
        for (String n : names) {
            ABBREVIATIONS.putIfAbsent(n, offsetSeconds);
        }
    }

    /** The fixed UTC offset (seconds east) of an abbreviation, or null. {@code lower} is lower case. */
    static Integer abbreviation(String lower) {
        return ABBREVIATIONS.get(lower);
    }

    /** An IANA zone by case-insensitive name, or null. */
    static ZoneId zone(String lower) {
        return ZONES.get(lower);
    }

    static PgException notRecognized(String name) {
        return new PgException(SqlState.INVALID_PARAMETER_VALUE, "time zone \"" + name + "\" not recognized");
    }

    /** The abbreviation PostgreSQL prints for {@code zone} at {@code instant} (SQL, Postgres, German styles). */
    static String abbreviationAt(ZoneId zone, Instant instant) {
        if (zone instanceof ZoneOffset) {
            return null;
        }
        String id = zone.getId();
        if (id.equals("UTC") || id.equals("Etc/UTC") || id.equals("Etc/Universal") || id.equals("Universal")
                || id.equals("Etc/Zulu") || id.equals("Zulu")) {
            return "UTC";
        }
        if (id.equals("GMT") || id.equals("Etc/GMT") || id.equals("Etc/Greenwich") || id.equals("Greenwich")) {
            return "GMT";
        }
        DateTimeFormatter f = ABBREV_FORMATTERS.computeIfAbsent(zone,
                z -> DateTimeFormatter.ofPattern("zzz", Locale.US).withZone(z));
        String s = f.format(instant);
        if (s.startsWith("GMT") || s.startsWith("UTC") && s.length() > 3) {
            return null;
        }
        return s;
    }
}
