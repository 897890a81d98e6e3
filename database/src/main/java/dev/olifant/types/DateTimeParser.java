package dev.olifant.types;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import java.time.ZoneId;
import java.util.Locale;

/**
 * Decodes date/time input the way PostgreSQL's ParseDateTime + DecodeDateTime do: the string is
 * split into fields (dates like {@code 2024-01-02} or {@code 1/2/2024}, times like
 * {@code 04:05:06.5}, bare numbers, words, signed zone offsets) which are then assigned to the
 * date, time and zone by their shape, the DateStyle field order and textual month names.
 */
final class DateTimeParser {
    private static final String[] MONTHS = {"january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december"};
    private static final String[] DAYS = {"sunday", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday"};

    /** The result of decoding, before it becomes a value of a particular type. */
    static final class Fields {
        int year;
        int month;
        int day;
        boolean hasDate;
        int hour;
        int minute;
        int second;
        int micros;
        boolean hasTime;
        Integer offsetSeconds;
        ZoneId zone;
        DateTimeSpecial special = DateTimeSpecial.NONE;
    }

    enum DateTimeSpecial { NONE, EPOCH, INFINITY, NEG_INFINITY, NOW, TODAY, TOMORROW, YESTERDAY, ALLBALLS }

    private final String text;
    private final String s;
    private final String typeName;
    private final FormatSettings.DateOrder order;
    private final Fields f = new Fields();
    private final String[] nums = new String[3];
    private int numCount;
    private int textMonth;
    private boolean bc;
    private int ampm; // 0 none, 1 am, 2 pm
    private int pos;

    private final boolean timeOnly;

    private DateTimeParser(String text, String typeName, FormatSettings.DateOrder order, boolean timeOnly) {
        this.timeOnly = timeOnly;
        this.text = text;
        this.s = text.toLowerCase(Locale.ROOT);
        this.typeName = typeName;
        this.order = order;
    }

    /** Decodes {@code text}; {@code typeName} is the SQL name used in syntax errors. */
    static Fields decode(String text, String typeName, FormatSettings.DateOrder order) {
        return decode(text, typeName, order, false);
    }

    /** {@code timeOnly}: input to time, where a six-digit number is hhmmss. */
    static Fields decode(String text, String typeName, FormatSettings.DateOrder order, boolean timeOnly) {
        DateTimeParser p = new DateTimeParser(text, typeName, order, timeOnly);
        p.run();
        return p.f;
    }

    PgException syntax() {
        return syntax(typeName, text);
    }

    /** Date/time input syntax errors are 22007 (invalid_datetime_format), unlike other types' 22P02. */
    static PgException syntax(String typeName, String text) {
        return new PgException(SqlState.INVALID_DATETIME_FORMAT,
                "invalid input syntax for type " + typeName + ": \"" + text + "\"");
    }

    static PgException fieldOverflow(String text, boolean hint) {
        PgException e = new PgException(SqlState.DATETIME_FIELD_OVERFLOW,
                "date/time field value out of range: \"" + text + "\"");
        return hint ? e.withHint("Perhaps you need a different \"datestyle\" setting.") : e;
    }

    private void run() {
        int n = s.length();
        while (pos < n) {
            char c = s.charAt(pos);
            if (ScalarIO.isSpace(c) || c == ',') {
                pos++;
            } else if (isDigit(c)) {
                number();
            } else if (isLetter(c)) {
                word();
            } else if ((c == '+' || c == '-') && pos + 1 < n && isDigit(s.charAt(pos + 1))) {
                int st = pos++;
                while (pos < n && (isDigit(s.charAt(pos)) || s.charAt(pos) == ':' || s.charAt(pos) == '.')) {
                    pos++;
                }
                offset(s.substring(st, pos));
            } else if (c == '-' && pos + 1 < n && isLetter(s.charAt(pos + 1))) {
                int st = pos++;
                while (pos < n && isLetter(s.charAt(pos))) {
                    pos++;
                }
                if (!s.substring(st, pos).equals("-infinity")) {
                    throw syntax();
                }
                special(DateTimeSpecial.NEG_INFINITY);
            } else {
                throw syntax();
            }
        }
        finish();
    }

    private void number() {
        int n = s.length();
        int st = pos;
        while (pos < n && isDigit(s.charAt(pos))) {
            pos++;
        }
        if (pos < n && s.charAt(pos) == ':') {
            while (pos < n && (isDigit(s.charAt(pos)) || s.charAt(pos) == ':' || s.charAt(pos) == '.')) {
                pos++;
            }
            time(s.substring(st, pos));
            return;
        }
        if (pos + 1 < n && (s.charAt(pos) == '-' || s.charAt(pos) == '/' || s.charAt(pos) == '.')) {
            char d = s.charAt(pos);
            if (d == '.' && !(hasSecondDot(pos + 1))) {
                throw syntax();
            }
            dateField(s.substring(st, pos), d);
            return;
        }
        String num = s.substring(st, pos);
        if (num.length() == 8 && !f.hasDate && numCount == 0 && textMonth == 0) {
            setDate(num.substring(0, 4), Integer.parseInt(num, 4, 6, 10), num.substring(6), false);
        } else if (num.length() == 6 && (f.hasDate || numCount == 3 || timeOnly) && !f.hasTime) {
            time(num.substring(0, 2) + ":" + num.substring(2, 4) + ":" + num.substring(4));
        } else if (num.length() == 6 && !f.hasDate && numCount == 0 && textMonth == 0) {
            setDate(num.substring(0, 2), Integer.parseInt(num, 2, 4, 10), num.substring(4), false);
        } else {
            if (numCount == 3) {
                throw syntax();
            }
            nums[numCount++] = num;
        }
    }

    /** The rest of a date field like 2024-01-02, 1/2/2024, 02-jan-2024 or jan-02-2024. */
    private void dateField(String first, char d) {
        int n = s.length();
        String[] parts = new String[3];
        parts[0] = first;
        int count = 1;
        while (pos < n && s.charAt(pos) == d) {
            pos++;
            int ps = pos;
            if (pos < n && isDigit(s.charAt(pos))) {
                while (pos < n && isDigit(s.charAt(pos))) {
                    pos++;
                }
            } else {
                while (pos < n && isLetter(s.charAt(pos))) {
                    pos++;
                }
            }
            if (ps == pos || count == 3) {
                throw syntax();
            }
            parts[count++] = s.substring(ps, pos);
        }
        if (count != 3 || f.hasDate || numCount > 0 || textMonth != 0) {
            throw syntax();
        }
        for (String p : parts) {
            if (isLetter(p.charAt(0))) {
                int m = month(p);
                if (m == 0 || textMonth != 0) {
                    throw syntax();
                }
                textMonth = m;
            } else {
                nums[numCount++] = p;
            }
        }
    }

    private boolean hasSecondDot(int from) {
        int i = from;
        while (i < s.length() && isDigit(s.charAt(i))) {
            i++;
        }
        return i < s.length() && s.charAt(i) == '.';
    }

    private void word() {
        int n = s.length();
        int st = pos;
        while (pos < n && (isLetter(s.charAt(pos)) || s.charAt(pos) == '_' || s.charAt(pos) == '/')) {
            pos++;
        }
        String w = s.substring(st, pos);
        if (w.indexOf('/') >= 0) {
            while (pos < n && (isLetter(s.charAt(pos)) || isDigit(s.charAt(pos)) || "_/+-".indexOf(s.charAt(pos)) >= 0)) {
                pos++;
            }
            w = s.substring(st, pos);
        }
        if (w.equals("t") && pos < n && isDigit(s.charAt(pos))) {
            return;
        }
        int m = month(w);
        if (m != 0 && pos + 1 < n && (s.charAt(pos) == '-' || s.charAt(pos) == '/') && isDigit(s.charAt(pos + 1))) {
            dateField(w, s.charAt(pos));
            return;
        }
        if (m != 0) {
            if (textMonth != 0) {
                throw syntax();
            }
            textMonth = m;
            return;
        }
        switch (w) {
            case "am" -> ampm = 1;
            case "pm" -> ampm = 2;
            case "ad" -> { }
            case "bc" -> bc = true;
            case "epoch" -> special(DateTimeSpecial.EPOCH);
            case "infinity" -> special(DateTimeSpecial.INFINITY);
            case "now" -> special(DateTimeSpecial.NOW);
            case "today" -> special(DateTimeSpecial.TODAY);
            case "tomorrow" -> special(DateTimeSpecial.TOMORROW);
            case "yesterday" -> special(DateTimeSpecial.YESTERDAY);
            case "allballs" -> special(DateTimeSpecial.ALLBALLS);
            default -> {
                if (isDayName(w)) {
                    return;
                }
                Integer off = TimeZones.abbreviation(w);
                if (off != null) {
                    setZone(off, null);
                    return;
                }
                ZoneId z = TimeZones.zone(w);
                if (z != null) {
                    setZone(null, z);
                    return;
                }
                if (w.indexOf('/') >= 0) {
                    throw TimeZones.notRecognized(w);
                }
                throw syntax();
            }
        }
    }

    private void special(DateTimeSpecial sp) {
        if (f.special != DateTimeSpecial.NONE) {
            throw syntax();
        }
        f.special = sp;
    }

    private void setZone(Integer offset, ZoneId zone) {
        if (f.offsetSeconds != null || f.zone != null) {
            throw syntax();
        }
        f.offsetSeconds = offset;
        f.zone = zone;
    }

    /** A signed zone displacement: +h, +hh, +hhmm, +hh:mm, +hh:mm:ss. */
    private void offset(String tok) {
        int sign = tok.charAt(0) == '-' ? -1 : 1;
        String body = tok.substring(1);
        int h;
        int m = 0;
        int sec = 0;
        try {
            int colon = body.indexOf(':');
            if (colon >= 0) {
                String[] parts = body.split(":", -1);
                if (parts.length > 3) {
                    throw syntax();
                }
                h = Integer.parseInt(parts[0]);
                m = Integer.parseInt(parts[1]);
                sec = parts.length == 3 ? Integer.parseInt(parts[2]) : 0;
            } else if (body.length() == 4) {
                h = Integer.parseInt(body, 0, 2, 10);
                m = Integer.parseInt(body, 2, 4, 10);
            } else if (body.length() <= 2) {
                h = Integer.parseInt(body);
            } else {
                throw syntax();
            }
        } catch (NumberFormatException e) {
            throw syntax();
        }
        if (h > 15 || m > 59 || sec > 59) {
            throw new PgException(SqlState.INVALID_TIME_ZONE_DISPLACEMENT_VALUE,
                    "time zone displacement out of range: \"" + text + "\"");
        }
        setZone(sign * (h * 3600 + m * 60 + sec), null);
    }

    /** hh:mm[:ss[.fraction]] */
    private void time(String tok) {
        if (f.hasTime) {
            throw syntax();
        }
        String[] parts = tok.split(":", -1);
        if (parts.length < 2 || parts.length > 3) {
            throw syntax();
        }
        try {
            f.hour = Integer.parseInt(parts[0]);
            String minPart = parts[1];
            String secPart = parts.length == 3 ? parts[2] : null;
            if (secPart == null && minPart.indexOf('.') >= 0) {
                throw syntax();
            }
            f.minute = Integer.parseInt(minPart);
            if (secPart != null) {
                int dot = secPart.indexOf('.');
                String whole = dot < 0 ? secPart : secPart.substring(0, dot);
                f.second = whole.isEmpty() ? 0 : Integer.parseInt(whole);
                if (dot >= 0) {
                    f.micros = fractionMicros(secPart.substring(dot + 1));
                    if (f.micros == 1_000_000) {
                        f.micros = 0;
                        f.second++;
                    }
                }
            }
        } catch (NumberFormatException e) {
            throw syntax();
        }
        f.hasTime = true;
    }

    /** A decimal fraction's digits rounded to microseconds (round half to even, like rint). */
    static int fractionMicros(String digits) {
        for (int i = 0; i < digits.length(); i++) {
            if (!isDigit(digits.charAt(i))) {
                throw new NumberFormatException();
            }
        }
        if (digits.length() <= 6) {
            int v = digits.isEmpty() ? 0 : Integer.parseInt(digits);
            for (int i = digits.length(); i < 6; i++) {
                v *= 10;
            }
            return v;
        }
        return new java.math.BigDecimal("0." + digits).movePointRight(6)
                .setScale(0, java.math.RoundingMode.HALF_EVEN).intValue();
    }

    private void setDate(String yearText, int month, String dayText, boolean fromFields) {
        int year = Integer.parseInt(yearText);
        if (bc) {
            if (year <= 0) {
                throw fieldOverflow(text, false);
            }
            year = 1 - year;
        } else if (yearText.length() <= 2) {
            year += year < 70 ? 2000 : 1900;
        } else if (year == 0) {
            throw fieldOverflow(text, false);
        }
        if (month < 1 || month > 12) {
            throw fieldOverflow(text, fromFields);
        }
        int day = Integer.parseInt(dayText);
        if (day < 1 || day > 31) {
            throw fieldOverflow(text, fromFields);
        }
        if (day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
            throw fieldOverflow(text, false);
        }
        f.year = year;
        f.month = month;
        f.day = day;
        f.hasDate = true;
    }

    private void finish() {
        if (textMonth != 0) {
            if (numCount != 2 || f.hasDate) {
                throw syntax();
            }
            if (nums[0].length() > 2 || order == FormatSettings.DateOrder.YMD) {
                setDate(nums[0], textMonth, nums[1], true);
            } else {
                setDate(nums[1], textMonth, nums[0], true);
            }
        } else if (numCount == 3) {
            if (f.hasDate) {
                throw syntax();
            }
            if (nums[0].length() > 2 || order == FormatSettings.DateOrder.YMD) {
                setDate(nums[0], parseField(nums[1]), nums[2], true);
            } else if (order == FormatSettings.DateOrder.DMY) {
                setDate(nums[2], parseField(nums[1]), nums[0], true);
            } else {
                setDate(nums[2], parseField(nums[0]), nums[1], true);
            }
        } else if (numCount != 0) {
            throw syntax();
        } else if (bc && !f.hasDate) {
            throw syntax();
        }
        if (f.hasTime) {
            if (ampm != 0) {
                if (f.hour < 1 || f.hour > 12) {
                    throw fieldOverflow(text, false);
                }
                if (ampm == 1 && f.hour == 12) {
                    f.hour = 0;
                } else if (ampm == 2 && f.hour != 12) {
                    f.hour += 12;
                }
            }
            if (f.hour < 0 || f.hour > 24 || f.minute < 0 || f.minute > 59 || f.second < 0 || f.second > 60
                    || (f.hour == 24 && (f.minute != 0 || f.second != 0 || f.micros != 0))) {
                throw fieldOverflow(text, false);
            }
        } else if (ampm != 0) {
            throw syntax();
        }
    }

    private int parseField(String num) {
        return num.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(num);
    }

    private static int month(String w) {
        if (w.length() < 3) {
            return 0;
        }
        for (int i = 0; i < 12; i++) {
            String m = MONTHS[i];
            if (w.equals(m) || w.equals(m.substring(0, 3)) || (i == 8 && w.equals("sept"))) {
                return i + 1;
            }
        }
        return 0;
    }

    private static boolean isDayName(String w) {
        for (String d : DAYS) {
            if (w.equals(d) || w.equals(d.substring(0, 3))) {
                return true;
            }
        }
        return w.equals("tues") || w.equals("wednes") || w.equals("thur") || w.equals("thurs");
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || c > 0x7f && Character.isLetter(c);
    }
}
