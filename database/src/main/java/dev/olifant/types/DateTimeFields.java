package dev.olifant.types;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import java.time.ZoneId;

/** The decoded fields of date/time input, the words it knows and its errors (datetime.c). */
final class DateTimeFields {
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

    private DateTimeFields() {
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

    static int month(String w) {
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

    static boolean isDayName(String w) {
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


    /** A signed zone displacement: +h, +hh, +hhmm, +hh:mm, +hh:mm:ss. */
    static int parseOffset(String tok, String text, String typeName) {
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
                    throw syntax(typeName, text);
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
                throw syntax(typeName, text);
            }
        } catch (NumberFormatException e) {
            throw syntax(typeName, text);
        }
        if (h > 15 || m > 59 || sec > 59) {
            throw new PgException(SqlState.INVALID_TIME_ZONE_DISPLACEMENT_VALUE,
                    "time zone displacement out of range: \"" + text + "\"");
        }
        return sign * (h * 3600 + m * 60 + sec);
    }

    /** hh:mm[:ss[.fraction]] */
    static void parseTime(Fields f, String tok, String text, String typeName) {
        String[] parts = tok.split(":", -1);
        if (parts.length < 2 || parts.length > 3) {
            throw syntax(typeName, text);
        }
        try {
            f.hour = Integer.parseInt(parts[0]);
            String minPart = parts[1];
            String secPart = parts.length == 3 ? parts[2] : null;
            if (secPart == null && minPart.indexOf('.') >= 0) {
                throw syntax(typeName, text);
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
            throw syntax(typeName, text);
        }
        f.hasTime = true;
    }
}
