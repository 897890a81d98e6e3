package dev.olifant.types;

import dev.olifant.error.PgException;
import java.time.ZoneId;
import java.util.Locale;

/**
 * Decodes date/time input the way PostgreSQL's ParseDateTime + DecodeDateTime do: the string is
 * split into fields (dates like {@code 2024-01-02} or {@code 1/2/2024}, times like
 * {@code 04:05:06.5}, bare numbers, words, signed zone offsets) which are then assigned to the
 * date, time and zone by their shape, the DateStyle field order and textual month names.
 */
final class DateTimeParser {
    private final String text;
    private final String s;
    private final String typeName;
    private final FormatSettings.DateOrder order;
    private final DateTimeFields.Fields f = new DateTimeFields.Fields();
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
    static DateTimeFields.Fields decode(String text, String typeName, FormatSettings.DateOrder order) {
        return decode(text, typeName, order, false);
    }

    /** {@code timeOnly}: input to time, where a six-digit number is hhmmss. */
    static DateTimeFields.Fields decode(String text, String typeName, FormatSettings.DateOrder order, boolean timeOnly) {
        DateTimeParser p = new DateTimeParser(text, typeName, order, timeOnly);
        p.run();
        return p.f;
    }

    PgException syntax() {
        return DateTimeFields.syntax(typeName, text);
    }

    private void run() {
        int n = s.length();
        while (pos < n) {
            char c = s.charAt(pos);
            if (ScalarIO.isSpace(c) || c == ',') {
                pos++;
            } else if (DateTimeFields.isDigit(c)) {
                number();
            } else if (isLetter(c)) {
                word();
            } else if ((c == '+' || c == '-') && pos + 1 < n && DateTimeFields.isDigit(s.charAt(pos + 1))) {
                int st = pos++;
                while (pos < n && (DateTimeFields.isDigit(s.charAt(pos)) || s.charAt(pos) == ':' || s.charAt(pos) == '.')) {
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
                special(DateTimeFields.DateTimeSpecial.NEG_INFINITY);
            } else {
                throw syntax();
            }
        }
        finish();
    }

    private void number() {
        int n = s.length();
        int st = pos;
        while (pos < n && DateTimeFields.isDigit(s.charAt(pos))) {
            pos++;
        }
        if (pos < n && s.charAt(pos) == ':') {
            while (pos < n && (DateTimeFields.isDigit(s.charAt(pos)) || s.charAt(pos) == ':' || s.charAt(pos) == '.')) {
                pos++;
            }
            time(s.substring(st, pos));
            return;
        }
        if (pos + 1 < n && (s.charAt(pos) == '-' || s.charAt(pos) == '/' || s.charAt(pos) == '.')) {
            char d = s.charAt(pos);
            if (d == '.' && !(hasSecondDot(pos + 1))) {
                if (pos - st == 6 && !f.hasTime && (f.hasDate || numCount == 3 || timeOnly)) {
                    // hhmmss.fraction
                    int dot = pos++;
                    while (pos < n && DateTimeFields.isDigit(s.charAt(pos))) {
                        pos++;
                    }
                    time(s.substring(st, st + 2) + ":" + s.substring(st + 2, st + 4) + ":" + s.substring(st + 4, dot)
                            + s.substring(dot, pos));
                    return;
                }
                yearDayOfYear(st);
                return;
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
            if (pos < n && DateTimeFields.isDigit(s.charAt(pos))) {
                while (pos < n && DateTimeFields.isDigit(s.charAt(pos))) {
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
                int m = DateTimeFields.month(p);
                if (m == 0 || textMonth != 0) {
                    throw syntax();
                }
                textMonth = m;
            } else {
                nums[numCount++] = p;
            }
        }
    }

    /** yyyy.ddd: a year and a day of the year. */
    private void yearDayOfYear(int st) {
        int n = s.length();
        int dot = pos++;
        while (pos < n && DateTimeFields.isDigit(s.charAt(pos))) {
            pos++;
        }
        if (dot - st != 4 || pos - dot - 1 != 3 || f.hasDate || numCount > 0 || textMonth != 0) {
            throw syntax();
        }
        int year = Integer.parseInt(s, st, dot, 10);
        int doy = Integer.parseInt(s, dot + 1, pos, 10);
        if (doy < 1 || doy > java.time.Year.of(year).length()) {
            throw DateTimeFields.fieldOverflow(text, false);
        }
        java.time.LocalDate d = java.time.LocalDate.ofYearDay(year, doy);
        f.year = d.getYear();
        f.month = d.getMonthValue();
        f.day = d.getDayOfMonth();
        f.hasDate = true;
    }

    private boolean hasSecondDot(int from) {
        int i = from;
        while (i < s.length() && DateTimeFields.isDigit(s.charAt(i))) {
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
            while (pos < n && (isLetter(s.charAt(pos)) || DateTimeFields.isDigit(s.charAt(pos)) || "_/+-".indexOf(s.charAt(pos)) >= 0)) {
                pos++;
            }
            w = s.substring(st, pos);
        }
        if (w.equals("t") && pos < n && DateTimeFields.isDigit(s.charAt(pos))) {
            return;
        }
        if (w.equals("j") && pos < n && DateTimeFields.isDigit(s.charAt(pos))) {
            int st2 = pos;
            while (pos < n && DateTimeFields.isDigit(s.charAt(pos))) {
                pos++;
            }
            if (f.hasDate || numCount > 0 || pos - st2 > 9) {
                throw syntax();
            }
            // Julian day number: day 2440588 is 1970-01-01
            java.time.LocalDate d = java.time.LocalDate.ofEpochDay(Long.parseLong(s, st2, pos, 10) - 2440588L);
            f.year = d.getYear();
            f.month = d.getMonthValue();
            f.day = d.getDayOfMonth();
            f.hasDate = true;
            return;
        }
        int m = DateTimeFields.month(w);
        if (m != 0 && pos + 1 < n && (s.charAt(pos) == '-' || s.charAt(pos) == '/') && DateTimeFields.isDigit(s.charAt(pos + 1))) {
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
            case "epoch" -> special(DateTimeFields.DateTimeSpecial.EPOCH);
            case "infinity" -> special(DateTimeFields.DateTimeSpecial.INFINITY);
            case "now" -> special(DateTimeFields.DateTimeSpecial.NOW);
            case "today" -> special(DateTimeFields.DateTimeSpecial.TODAY);
            case "tomorrow" -> special(DateTimeFields.DateTimeSpecial.TOMORROW);
            case "yesterday" -> special(DateTimeFields.DateTimeSpecial.YESTERDAY);
            case "allballs" -> special(DateTimeFields.DateTimeSpecial.ALLBALLS);
            default -> {
                if (DateTimeFields.isDayName(w)) {
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

    private void special(DateTimeFields.DateTimeSpecial sp) {
        if (f.special != DateTimeFields.DateTimeSpecial.NONE) {
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

    private void offset(String tok) {
        setZone(DateTimeFields.parseOffset(tok, text, typeName), null);
    }

    private void time(String tok) {
        if (f.hasTime) {
            throw syntax();
        }
        DateTimeFields.parseTime(f, tok, text, typeName);
    }

    private void setDate(String yearText, int month, String dayText, boolean fromFields) {
        if (yearText.length() > 9 || dayText.length() > 9) {
            throw DateTimeFields.fieldOverflow(text, false);
        }
        int year = Integer.parseInt(yearText);
        if (bc) {
            if (year <= 0) {
                throw DateTimeFields.fieldOverflow(text, false);
            }
            year = 1 - year;
        } else if (yearText.length() <= 2) {
            year += year < 70 ? 2000 : 1900;
        } else if (year == 0) {
            throw DateTimeFields.fieldOverflow(text, false);
        }
        if (month < 1 || month > 12) {
            throw DateTimeFields.fieldOverflow(text, fromFields);
        }
        int day = Integer.parseInt(dayText);
        if (day < 1 || day > 31) {
            throw DateTimeFields.fieldOverflow(text, fromFields);
        }
        if (day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
            throw DateTimeFields.fieldOverflow(text, false);
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
                if (f.hour > 12) {
                    throw DateTimeFields.fieldOverflow(text, false);
                }
                if (ampm == 1 && f.hour == 12) {
                    f.hour = 0;
                } else if (ampm == 2 && f.hour != 12) {
                    f.hour += 12;
                }
            }
            if (f.hour < 0 || f.hour > 24 || f.minute < 0 || f.minute > 59 || f.second < 0 || f.second > 60
                    || (f.hour == 24 && (f.minute != 0 || f.second != 0 || f.micros != 0))) {
                throw DateTimeFields.fieldOverflow(text, false);
            }
        } else if (ampm != 0) {
            throw syntax();
        }
    }

    private int parseField(String num) {
        return num.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(num);
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || c > 0x7f && Character.isLetter(c);
    }
}
