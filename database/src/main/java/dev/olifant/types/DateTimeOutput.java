package dev.olifant.types;

import dev.olifant.types.FormatSettings.DateOrder;
import dev.olifant.types.FormatSettings.DateStyle;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * date, time, timestamp and timestamptz output in the four DateStyles (EncodeDateOnly,
 * EncodeTimeOnly, EncodeDateTime): hand-assembled, no formatter on the hot path.
 */
final class DateTimeOutput {
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};
    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

    private DateTimeOutput() {
    }

    static String date(LocalDate d, FormatSettings fs) {
        if (d.equals(LocalDate.MAX)) {
            return "infinity";
        }
        if (d.equals(LocalDate.MIN)) {
            return "-infinity";
        }
        StringBuilder sb = new StringBuilder(16);
        appendDate(sb, d, fs);
        if (d.getYear() <= 0) {
            sb.append(" BC");
        }
        return sb.toString();
    }

    private static void appendDate(StringBuilder sb, LocalDate d, FormatSettings fs) {
        int year = d.getYear();
        int month = d.getMonthValue();
        int day = d.getDayOfMonth();
        boolean dmy = fs.dateOrder() == DateOrder.DMY;
        switch (fs.dateStyle()) {
            case SQL -> {
                pad2(sb, dmy ? day : month).append('/');
                pad2(sb, dmy ? month : day).append('/');
                year(sb, year);
            }
            case GERMAN -> {
                pad2(sb, day).append('.');
                pad2(sb, month).append('.');
                year(sb, year);
            }
            case POSTGRES -> {
                pad2(sb, dmy ? day : month).append('-');
                pad2(sb, dmy ? month : day).append('-');
                year(sb, year);
            }
            default -> {
                year(sb, year).append('-');
                pad2(sb, month).append('-');
                pad2(sb, day);
            }
        }
    }

    static String time(LocalTime t) {
        StringBuilder sb = new StringBuilder(15);
        if (t.equals(LocalTime.MAX)) {
            return "24:00:00";
        }
        appendTime(sb, t.getHour(), t.getMinute(), t.getSecond(), t.getNano() / 1000);
        return sb.toString();
    }

    static String timestamp(LocalDateTime t, FormatSettings fs) {
        if (t.equals(LocalDateTime.MAX)) {
            return "infinity";
        }
        if (t.equals(LocalDateTime.MIN)) {
            return "-infinity";
        }
        return dateTime(t, fs, false, 0, null);
    }

    static String timestamptz(Instant i, FormatSettings fs) {
        if (i.equals(Instant.MAX)) {
            return "infinity";
        }
        if (i.equals(Instant.MIN)) {
            return "-infinity";
        }
        ZoneId zone = fs.timeZone();
        ZoneOffset off = zone.getRules().getOffset(i);
        LocalDateTime local = LocalDateTime.ofEpochSecond(i.getEpochSecond(), i.getNano(), off);
        String abbrev = fs.dateStyle() == DateStyle.ISO ? null : TimeZones.abbreviationAt(zone, i);
        return dateTime(local, fs, true, off.getTotalSeconds(), abbrev);
    }

    private static String dateTime(LocalDateTime t, FormatSettings fs, boolean tz, int offset, String abbrev) {
        StringBuilder sb = new StringBuilder(40);
        LocalDate d = t.toLocalDate();
        int year = d.getYear();
        int micros = t.getNano() / 1000;
        if (fs.dateStyle() == DateStyle.POSTGRES) {
            boolean dmy = fs.dateOrder() == DateOrder.DMY;
            sb.append(DAYS[d.getDayOfWeek().ordinal()]).append(' ');
            if (dmy) {
                pad2(sb, d.getDayOfMonth()).append(' ').append(MONTHS[d.getMonthValue() - 1]);
            } else {
                sb.append(MONTHS[d.getMonthValue() - 1]).append(' ');
                pad2(sb, d.getDayOfMonth());
            }
            sb.append(' ');
            appendTime(sb, t.getHour(), t.getMinute(), t.getSecond(), micros);
            sb.append(' ');
            year(sb, year);
        } else {
            appendDate(sb, d, fs);
            sb.append(' ');
            appendTime(sb, t.getHour(), t.getMinute(), t.getSecond(), micros);
        }
        if (tz) {
            if (fs.dateStyle() == DateStyle.ISO) {
                offset(sb, offset);
            } else if (abbrev != null) {
                sb.append(' ').append(abbrev);
            } else {
                sb.append(' ');
                offset(sb, offset);
            }
        }
        if (year <= 0) {
            sb.append(" BC");
        }
        return sb.toString();
    }

    /** EncodeTimezone: +hh, +hh:mm or +hh:mm:ss, seconds east of UTC. */
    static StringBuilder offset(StringBuilder sb, int secondsEast) {
        int a = Math.abs(secondsEast);
        sb.append(secondsEast >= 0 ? '+' : '-');
        int h = a / 3600;
        int m = a / 60 % 60;
        int s = a % 60;
        pad2(sb, h);
        if (s != 0) {
            sb.append(':');
            pad2(sb, m).append(':');
            pad2(sb, s);
        } else if (m != 0) {
            sb.append(':');
            pad2(sb, m);
        }
        return sb;
    }

    static void appendTime(StringBuilder sb, int h, int m, int s, int micros) {
        pad2(sb, h).append(':');
        pad2(sb, m).append(':');
        pad2(sb, s);
        fraction(sb, micros);
    }

    /** Appends ".ffffff" without trailing zeros, nothing when zero. */
    static void fraction(StringBuilder sb, int micros) {
        if (micros == 0) {
            return;
        }
        sb.append('.');
        int div = 100_000;
        int v = micros;
        while (v != 0) {
            sb.append((char) ('0' + v / div));
            v %= div;
            div /= 10;
        }
    }

    static StringBuilder pad2(StringBuilder sb, long v) {
        if (v < 10) {
            sb.append('0');
        }
        return sb.append(v);
    }

    /** The year as PostgreSQL prints it: at least four digits, BC years counted from 1. */
    private static StringBuilder year(StringBuilder sb, int isoYear) {
        int y = isoYear > 0 ? isoYear : 1 - isoYear;
        if (y < 1000) {
            sb.append(y < 10 ? "000" : y < 100 ? "00" : "0");
        }
        return sb.append(y);
    }
}
