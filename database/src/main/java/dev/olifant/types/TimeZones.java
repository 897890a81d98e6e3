package dev.olifant.types;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Time zone names, the one place that reads them. Three grammars share the tables here:
 * <ul>
 *   <li>date/time input ({@code '2020-01-01 10:00 CET'}): PostgreSQL's "Default" abbreviation
 *       set (fixed UTC offsets) and IANA zone names, case-insensitively;</li>
 *   <li>AT TIME ZONE and {@code timezone()}: an abbreviation, else an IANA name, else a POSIX
 *       zone ({@link #atTimeZone});</li>
 *   <li>the TimeZone setting: a plain number of hours east of Greenwich, else an IANA name,
 *       else a POSIX zone; abbreviations are not zones there ({@link #canonicalSetting}).</li>
 * </ul>
 * POSIX zones count the other way round: {@code 'UTC+5'}, {@code '+05:30'} and {@code '5'} as a
 * POSIX string are west of Greenwich, and {@code '<+03>-03'} is three hours east.
 */
public final class TimeZones {
    private static final Map<String, Integer> ABBREVIATIONS = new HashMap<>();
    private static final Map<String, ZoneId> ZONES = new HashMap<>();
    private static final Map<ZoneId, DateTimeFormatter> ABBREV_FORMATTERS = new ConcurrentHashMap<>();

    /**
     * PostgreSQL's "Default" timezone_abbreviations set (from pg_timezone_abbrevs of a
     * PostgreSQL 15 server): abbreviation=seconds east of UTC.
     */
    private static final String DEFAULT_ABBREVIATIONS =
            "acdt=37800 acsst=37800 acst=34200 act=-18000 acwst=31500 adt=-10800 aedt=39600 aesst=39600 "
            + "aest=36000 aft=16200 akdt=-28800 akst=-32400 almst=25200 almt=21600 amst=14400 amt=-14400 "
            + "anast=43200 anat=43200 arst=-10800 art=-10800 ast=-14400 awsst=32400 awst=28800 azost=0 azot=-3600 "
            + "azst=14400 azt=14400 bdst=7200 bdt=21600 bnt=28800 bort=28800 bot=-14400 bra=-10800 brst=-7200 "
            + "brt=-10800 bst=3600 btt=21600 cadt=37800 cast=34200 cct=28800 cdt=-18000 cest=7200 cet=3600 "
            + "cetdst=7200 chadt=49500 chast=45900 chut=36000 ckt=-36000 clst=-10800 clt=-10800 cot=-18000 "
            + "cst=-21600 cxt=25200 davt=25200 ddut=36000 easst=-18000 east=-18000 eat=10800 edt=-14400 eest=10800 "
            + "eet=7200 eetdst=10800 egst=0 egt=-3600 est=-18000 fet=10800 fjst=46800 fjt=43200 fkst=-10800 "
            + "fkt=-10800 fnst=-3600 fnt=-7200 galt=-21600 gamt=-32400 gest=14400 get=14400 gft=-10800 gilt=43200 "
            + "gmt=0 gyt=-14400 hkt=28800 hst=-36000 ict=25200 idt=10800 iot=21600 irkst=28800 irkt=28800 "
            + "irt=12600 ist=7200 jayt=32400 jst=32400 kdt=36000 kgst=21600 kgt=21600 kost=39600 krast=25200 "
            + "krat=25200 kst=32400 lhdt=39600 lhst=37800 ligt=36000 lint=50400 lkt=19800 magst=39600 magt=39600 "
            + "mart=-34200 mawt=18000 mdt=-21600 mest=7200 mesz=7200 met=3600 metdst=7200 mez=3600 mht=43200 "
            + "mmt=23400 mpt=36000 msd=14400 msk=10800 mst=-25200 must=18000 mut=14400 mvt=18000 myt=28800 "
            + "ndt=-9000 nft=-12600 novst=25200 novt=25200 npt=20700 nst=-12600 nut=-39600 nzdt=46800 nzst=43200 "
            + "nzt=43200 omsst=21600 omst=21600 pdt=-25200 pet=-18000 petst=43200 pett=43200 pgt=36000 pht=28800 "
            + "pkst=21600 pkt=18000 pmdt=-7200 pmst=-10800 pont=39600 pst=-28800 pwt=32400 pyst=-10800 pyt=-10800 "
            + "ret=14400 sadt=37800 sast=7200 sct=14400 sgt=28800 taht=-36000 tft=18000 tjt=18000 tkt=46800 "
            + "tmt=18000 tot=46800 trut=36000 tvt=43200 uct=0 ulast=32400 ulat=28800 ut=0 utc=0 uyst=-7200 "
            + "uyt=-10800 uzst=21600 uzt=18000 vet=-14400 vlast=36000 vlat=36000 volt=10800 vut=39600 wadt=28800 "
            + "wakt=43200 wast=25200 wat=3600 wdt=32400 wet=0 wetdst=3600 wft=43200 wgst=-7200 wgt=-10800 "
            + "xjt=21600 yakst=32400 yakt=32400 yapt=36000 yekst=21600 yekt=18000 z=0 zulu=0 ";

    static {
        for (String entry : DEFAULT_ABBREVIATIONS.trim().split(" ")) {
            int eq = entry.indexOf('=');
            ABBREVIATIONS.put(entry.substring(0, eq), Integer.parseInt(entry.substring(eq + 1)));
        }
        for (String id : ZoneId.getAvailableZoneIds()) {
            ZONES.put(id.toLowerCase(Locale.ROOT), ZoneId.of(id));
        }
    }

    private TimeZones() {
    }

    /** The fixed UTC offset (seconds east) of an abbreviation, or null. {@code lower} is lower case. */
    static Integer abbreviation(String lower) {
        return ABBREVIATIONS.get(lower);
    }

    /** An IANA zone by case-insensitive name, or null. */
    static ZoneId zone(String lower) {
        return ZONES.get(lower);
    }

    /** The zone AT TIME ZONE and timezone() mean by {@code name}: 22023 when there is none. */
    public static ZoneId atTimeZone(String name) {
        String lower = name.trim().toLowerCase(Locale.ROOT);
        Integer abbreviation = ABBREVIATIONS.get(lower);
        if (abbreviation != null) {
            return ZoneOffset.ofTotalSeconds(abbreviation);
        }
        ZoneId zone = ZONES.get(lower);
        if (zone != null) {
            return zone;
        }
        ZoneOffset posix = posix(name.trim());
        if (posix != null) {
            return posix;
        }
        throw notRecognized(name);
    }

    /** An interval used as a zone: its time part is the offset east of Greenwich. */
    public static ZoneOffset fromInterval(Interval iv) {
        if (iv.months() != 0 || iv.days() != 0) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE,
                    "interval time zone \"" + iv + "\" must not include months or days");
        }
        try {
            return ZoneOffset.ofTotalSeconds(Math.toIntExact(iv.micros() / 1_000_000L));
        } catch (DateTimeException | ArithmeticException e) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "interval time zone must be within range");
        }
    }

    /**
     * The TimeZone setting's canonical spelling of {@code value}, as SHOW prints it, or null when
     * it names no zone: hours east become {@code <+05>-05}, IANA names take the database's own
     * spelling, POSIX zones stay as written.
     */
    public static String canonicalSetting(String value) {
        String v = value.trim();
        if (v.matches("[+-]?\\d+(\\.\\d+)?")) {
            double hours = Double.parseDouble(v);
            if (Math.abs(hours) > 15) {
                return null;
            }
            return hoursEastName((int) Math.round(hours * 3600));
        }
        ZoneId zone = ZONES.get(v.toLowerCase(Locale.ROOT));
        if (zone != null) {
            return zone.getId();
        }
        return posix(v) != null ? v : null;
    }

    /** The zone a canonical TimeZone setting (see {@link #canonicalSetting}) stands for. */
    public static ZoneId settingZone(String canonical) {
        ZoneId zone = ZONES.get(canonical.toLowerCase(Locale.ROOT));
        if (zone != null) {
            return zone;
        }
        ZoneOffset posix = posix(canonical);
        if (posix == null) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE,
                    "invalid value for parameter \"TimeZone\": \"" + canonical + "\"");
        }
        return posix;
    }

    /** {@code <+05:30>-05:30} for 19800 seconds east, as PostgreSQL names a numeric zone. */
    private static String hoursEastName(int secondsEast) {
        String east = offsetText(secondsEast);
        return "<" + east + ">" + offsetText(-secondsEast);
    }

    private static String offsetText(int seconds) {
        int a = Math.abs(seconds);
        StringBuilder sb = new StringBuilder(9).append(seconds < 0 ? '-' : '+');
        DateTimeOutput.pad2(sb, a / 3600);
        if (a % 3600 != 0) {
            sb.append(':');
            DateTimeOutput.pad2(sb, a / 60 % 60);
        }
        return sb.toString();
    }

    /**
     * A fixed-offset POSIX zone: an optional name ({@code <...>} or three or more letters) and an
     * offset {@code [+-]hh[:mm[:ss]]} west of Greenwich; null for anything else, including
     * daylight-saving rules, which Olifant does not read.
     */
    private static ZoneOffset posix(String s) {
        int i = 0;
        if (s.startsWith("<")) {
            i = s.indexOf('>');
            if (i < 0) {
                return null;
            }
            i++;
        } else {
            while (i < s.length() && Character.isLetter(s.charAt(i))) {
                i++;
            }
            if (i > 0 && i < 3) {
                return null;
            }
        }
        String rest = s.substring(i);
        if (!rest.matches("[+-]?\\d{1,2}(:\\d{1,2}(:\\d{1,2})?)?")) {
            return null;
        }
        int sign = rest.startsWith("-") ? -1 : 1;
        String[] parts = rest.replaceFirst("^[+-]", "").split(":");
        int seconds = Integer.parseInt(parts[0]) * 3600
                + (parts.length > 1 ? Integer.parseInt(parts[1]) * 60 : 0)
                + (parts.length > 2 ? Integer.parseInt(parts[2]) : 0);
        try {
            return ZoneOffset.ofTotalSeconds(-sign * seconds);
        } catch (DateTimeException e) {
            return null;
        }
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
        var transitions = zone.getRules().getTransitions();
        if (!transitions.isEmpty() && instant.isBefore(transitions.get(0).getInstant())) {
            // before a zone's first transition the tz database keeps local mean time
            return "LMT";
        }
        DateTimeFormatter f = ABBREV_FORMATTERS.computeIfAbsent(zone,
                z -> DateTimeFormatter.ofPattern("zzz", Locale.US).withZone(z));
        String s = f.format(instant);
        if (s.startsWith("GMT") || s.startsWith("UTC") && s.length() > 3) {
            // no name for this offset: the tz database then uses the numeric form, +03 or +1030
            int off = zone.getRules().getOffset(instant).getTotalSeconds();
            int a = Math.abs(off);
            StringBuilder sb = new StringBuilder(6).append(off < 0 ? '-' : '+');
            DateTimeOutput.pad2(sb, a / 3600);
            if (a % 3600 != 0) {
                DateTimeOutput.pad2(sb, a / 60 % 60);
            }
            return sb.toString();
        }
        return s;
    }
}
