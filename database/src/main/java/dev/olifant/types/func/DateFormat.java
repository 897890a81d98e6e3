package dev.olifant.types.func;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Locale;

/**
 * to_char for date/time values and the to_date / to_timestamp parsers (formatting.c DCH_*),
 * for the template patterns in common use: YYYY YYY YY Y Y,YYY IYYY MM MON Mon mon MONTH Month
 * month DD DDD D ID DAY Day day DY Dy dy HH HH12 HH24 MI SS MS US FF1-FF6 SSSS AM PM A.M. P.M.
 * BC AD Q WW IW W CC J TZ OF, with the FM prefix and the TH / th suffix; double-quoted text and
 * other characters are copied.
 */
final class DateFormat {
    private DateFormat() {
    }

    static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};
    static final String[] DAYS = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};

    /** Patterns, longest first where one is a prefix of another. */
    static final List<String> PATTERNS = List.of("A.D.", "A.M.", "AD", "AM", "B.C.", "BC", "CC", "DAY", "DDD", "DD",
            "DY", "Day", "Dy", "D", "FF1", "FF2", "FF3", "FF4", "FF5", "FF6", "HH24", "HH12", "HH", "IDDD", "ID",
            "IW", "IYYY", "IYY", "IY", "I", "J", "MI", "MM", "MONTH", "MON", "MS", "Month", "Mon", "OF", "P.M.", "PM",
            "Q", "RM", "SSSSS", "SSSS", "SS", "TZH", "TZM", "TZ", "US", "WW", "W", "Y,YYY", "YYYY", "YYY", "YY", "Y",
            "a.d.", "a.m.", "ad", "am", "b.c.", "bc", "cc", "day", "ddd", "dd", "dy", "d", "ff1", "ff2", "ff3", "ff4",
            "ff5", "ff6", "hh24", "hh12", "hh", "iddd", "id", "iw", "iyyy", "iyy", "iy", "i", "j", "mi", "mm",
            "month", "mon", "ms", "of", "p.m.", "pm", "q", "rm", "sssss", "ssss", "ss", "tz", "us", "ww", "w",
            "y,yyy", "yyyy", "yyy", "yy", "y");

    /** Patterns that name calendar days or ISO weeks, which an interval does not have. */
    private static final java.util.Set<String> INTERVAL_INVALID = java.util.Set.of("DAY", "DY", "D", "ID", "IW",
            "IDDD", "IYYY", "IYY", "IY", "I");

    /** The fields to_char reads; for an interval, year/month/day/hour are the interval's own fields. */
    record Fields(long year, int month, int day, long hour, int minute, int second, int micros, LocalDate date,
            long yday, boolean interval, String zoneAbbrev, ZoneOffset offset) {
    }

    static Fields of(LocalDateTime ts, String zoneAbbrev, ZoneOffset offset) {
        return new Fields(ts.getYear(), ts.getMonthValue(), ts.getDayOfMonth(), ts.getHour(), ts.getMinute(),
                ts.getSecond(), ts.getNano() / 1000, ts.toLocalDate(), ts.getDayOfYear(), false, zoneAbbrev, offset);
    }

    /** PostgreSQL's date2j: the Julian day of year/month/day fields, also for an interval's fields. */
    static long date2j(long y, long m, long d) {
        if (m > 2) {
            m += 1;
            y += 4800;
        } else {
            m += 13;
            y += 4799;
        }
        long century = y / 100;
        long julian = y * 365 - 32167;
        julian += y / 4 - century + century / 4;
        julian += 7834 * m / 256 + d;
        return julian;
    }

    static String format(Fields f, String pattern) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        int n = pattern.length();
        while (i < n) {
            boolean fm = false;
            while (i + 1 < n && (pattern.regionMatches(true, i, "FM", 0, 2) || pattern.regionMatches(true, i, "FX", 0, 2)
                    || pattern.regionMatches(true, i, "TM", 0, 2))) {
                // FM suppresses padding; FX (exact parsing) and TM (translated names) change nothing here
                fm |= Character.toUpperCase(pattern.charAt(i + 1)) == 'M' && Character.toUpperCase(pattern.charAt(i)) == 'F';
                i += 2;
            }
            if (i >= n) {
                break;
            }
            char ch = pattern.charAt(i);
            if (ch == '"') {
                int j = i + 1;
                while (j < n && pattern.charAt(j) != '"') {
                    if (pattern.charAt(j) == '\\' && j + 1 < n) {
                        j++;
                    }
                    out.append(pattern.charAt(j));
                    j++;
                }
                i = j + 1;
                continue;
            }
            if (ch == '\\' && i + 1 < n) {
                out.append(pattern.charAt(i + 1));
                i += 2;
                continue;
            }
            String p = match(pattern, i);
            if (p == null) {
                out.append(ch);
                i++;
                continue;
            }
            i += p.length();
            String suffix = null;
            if (pattern.startsWith("TH", i) || pattern.startsWith("th", i)) {
                suffix = pattern.substring(i, i + 2);
                i += 2;
            }
            String s = field(f, p, fm);
            if (suffix != null && !s.isEmpty() && Character.isDigit(s.charAt(s.length() - 1))) {
                s += ordinal(s, suffix.equals("TH"));
            }
            out.append(s);
        }
        return out.toString();
    }

    static String match(String pattern, int i) {
        for (String p : PATTERNS) {
            if (pattern.startsWith(p, i)) {
                return p;
            }
        }
        return null;
    }

    private static String ordinal(String digits, boolean upper) {
        int v = Integer.parseInt(digits.substring(Math.max(0, digits.length() - 2)).trim());
        String s;
        if (v % 100 >= 11 && v % 100 <= 13) {
            s = "th";
        } else {
            s = switch (v % 10) {
                case 1 -> "st";
                case 2 -> "nd";
                case 3 -> "rd";
                default -> "th";
            };
        }
        return upper ? s.toUpperCase(Locale.ROOT) : s;
    }

    /** printf("%0*d"): for a negative value the sign counts toward the width. */
    private static String num(long v, int width, boolean fm) {
        String s = Long.toString(Math.abs(v));
        int digits = v < 0 ? width - 1 : width;
        if (!fm && s.length() < digits) {
            s = "0".repeat(digits - s.length()) + s;
        }
        return v < 0 ? "-" + s : s;
    }

    private static String text(String name, String pattern, boolean fm, int width) {
        String s;
        if (Character.isUpperCase(pattern.charAt(0)) && pattern.length() > 1 && Character.isUpperCase(pattern.charAt(1))) {
            s = name.toUpperCase(Locale.ROOT);
        } else if (Character.isUpperCase(pattern.charAt(0))) {
            s = name;
        } else {
            s = name.toLowerCase(Locale.ROOT);
        }
        return fm || width == 0 ? s : String.format("%-" + width + "s", s);
    }

    private static String field(Fields f, String p, boolean fm) {
        long year = f.year();
        long displayYear = year <= 0 && !f.interval() ? 1 - year : year;
        LocalDate d = f.date();
        String upper = p.toUpperCase(Locale.ROOT);
        if (f.interval() && INTERVAL_INVALID.contains(upper)) {
            throw new PgException(SqlState.INVALID_DATETIME_FORMAT,
                    "invalid format specification for an interval value")
                    .withHint("Intervals are not tied to specific calendar dates.");
        }
        long hour12 = f.hour() % 12 == 0 ? 12 : f.hour() % 12;
        return switch (upper) {
            case "YYYY" -> num(displayYear, 4, fm);
            case "Y,YYY" -> displayYear / 1000 + "," + num(displayYear % 1000, 3, false);
            case "YYY" -> num(displayYear % 1000, 3, fm);
            case "YY" -> num(displayYear % 100, 2, fm);
            case "Y" -> num(displayYear % 10, 1, fm);
            case "IYYY" -> num(isoYear(d), 4, fm);
            case "IYY" -> num(isoYear(d) % 1000, 3, fm);
            case "IY" -> num(isoYear(d) % 100, 2, fm);
            case "I" -> num(isoYear(d) % 10, 1, fm);
            case "MM" -> num(f.month(), 2, fm);
            case "MONTH" -> f.month() == 0 ? "" : text(MONTHS[f.month() - 1], p, fm, 9);
            case "MON" -> f.month() == 0 ? "" : text(MONTHS[f.month() - 1].substring(0, 3), p, fm, 0);
            case "RM" -> {
                String[] rm = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};
                String r = f.month() == 0 ? "" : rm[f.month() - 1];
                r = p.equals("rm") ? r.toLowerCase(Locale.ROOT) : r;
                yield fm ? r : String.format("%-4s", r);
            }
            case "DD" -> num(f.day(), 2, fm);
            case "DDD" -> num(f.yday(), 3, fm);
            case "IDDD" -> num((d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) - 1) * 7L + d.getDayOfWeek().getValue(), 3, fm);
            case "D" -> num(d.getDayOfWeek().getValue() % 7 + 1, 1, fm);
            case "ID" -> num(d.getDayOfWeek().getValue(), 1, fm);
            case "DAY" -> text(DAYS[d.getDayOfWeek().getValue() % 7], p, fm, 9);
            case "DY" -> text(DAYS[d.getDayOfWeek().getValue() % 7].substring(0, 3), p, fm, 0);
            case "WW" -> num((f.yday() - 1) / 7 + 1, 2, fm);
            case "IW" -> num(d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), 2, fm);
            case "W" -> num((f.day() - 1) / 7 + 1, 1, fm);
            case "Q" -> f.month() == 0 ? "" : num((f.month() - 1) / 3 + 1, 1, fm);
            case "CC" -> {
                long cc = year > 0 ? (year + 99) / 100 : -((99 - (year - 1)) / 100);
                yield num(cc, cc < 0 ? 3 : 2, fm);
            }
            case "J" -> num(date2j(year, f.month(), f.day()), 1, fm);
            case "HH", "HH12" -> num(f.interval() ? hour12 : hour12, 2, fm);
            case "HH24" -> num(f.hour(), 2, fm);
            case "MI" -> num(f.minute(), 2, fm);
            case "SS" -> num(f.second(), 2, fm);
            case "MS" -> num(f.micros() / 1000, 3, fm);
            case "US" -> num(f.micros(), 6, fm);
            case "FF1", "FF2", "FF3", "FF4", "FF5", "FF6" -> {
                int digits = upper.charAt(2) - '0';
                yield num(f.micros() / (long) Math.pow(10, 6 - digits), digits, false);
            }
            case "SSSS", "SSSSS" -> Long.toString(f.hour() * 3600 + f.minute() * 60L + f.second());
            case "AM", "PM" -> f.hour() % 24 < 12 ? caseOf(p, "AM") : caseOf(p, "PM");
            case "A.M.", "P.M." -> f.hour() % 24 < 12 ? caseOf(p, "A.M.") : caseOf(p, "P.M.");
            case "AD", "BC" -> year <= 0 ? caseOf(p, "BC") : caseOf(p, "AD");
            case "A.D.", "B.C." -> year <= 0 ? caseOf(p, "B.C.") : caseOf(p, "A.D.");
            case "TZ" -> f.zoneAbbrev() == null ? "" : caseOf(p, f.zoneAbbrev());
            case "TZH" -> f.offset() == null ? "" : (f.offset().getTotalSeconds() < 0 ? "-" : "+")
                    + num(Math.abs(f.offset().getTotalSeconds()) / 3600, 2, false);
            case "TZM" -> f.offset() == null ? "" : num(Math.abs(f.offset().getTotalSeconds()) / 60 % 60, 2, false);
            case "OF" -> f.offset() == null ? "" : offset(f.offset());
            default -> p;
        };
    }

    /** The ISO week-numbering year as displayed: BC years count from 1 like YYYY. */
    private static long isoYear(LocalDate d) {
        long y = d.get(IsoFields.WEEK_BASED_YEAR);
        return y <= 0 ? 1 - y : y;
    }

    private static String caseOf(String pattern, String upperValue) {
        return Character.isLowerCase(pattern.charAt(0)) ? upperValue.toLowerCase(Locale.ROOT) : upperValue;
    }

    private static String offset(ZoneOffset o) {
        int secs = o.getTotalSeconds();
        String s = (secs < 0 ? "-" : "+") + num(Math.abs(secs) / 3600, 2, false);
        int minutes = Math.abs(secs) / 60 % 60;
        return minutes == 0 ? s : s + ":" + num(minutes, 2, false);
    }
}
