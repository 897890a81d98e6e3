package dev.olifant.types;

/** interval_out in the four IntervalStyles (PostgreSQL's EncodeInterval). */
final class IntervalOutput {
    private IntervalOutput() {
    }

    static String output(Interval v, FormatSettings.IntervalStyle style) {
        long year = v.months() / 12;
        long mon = v.months() % 12;
        long mday = v.days();
        long us = v.micros();
        long hour = us / 3_600_000_000L;
        us -= hour * 3_600_000_000L;
        long min = us / 60_000_000L;
        us -= min * 60_000_000L;
        long sec = us / 1_000_000L;
        long fsec = us - sec * 1_000_000L;
        StringBuilder sb = new StringBuilder(32);
        switch (style) {
            case SQL_STANDARD -> sqlStandard(sb, year, mon, mday, hour, min, sec, fsec);
            case ISO_8601 -> iso(sb, year, mon, mday, hour, min, sec, fsec);
            case POSTGRES_VERBOSE -> verbose(sb, year, mon, mday, hour, min, sec, fsec);
            default -> postgres(sb, year, mon, mday, hour, min, sec, fsec);
        }
        return sb.toString();
    }

    private static void postgres(StringBuilder sb, long year, long mon, long mday, long hour, long min, long sec,
            long fsec) {
        boolean[] state = {true, false}; // is_zero, is_before
        part(sb, year, "year", state);
        part(sb, mon, "mon", state);
        part(sb, mday, "day", state);
        if (state[0] || hour != 0 || min != 0 || sec != 0 || fsec != 0) {
            boolean minus = hour < 0 || min < 0 || sec < 0 || fsec < 0;
            if (!state[0]) {
                sb.append(' ');
            }
            sb.append(minus ? "-" : state[1] ? "+" : "");
            DateTimeOutput.pad2(sb, Math.abs(hour)).append(':');
            DateTimeOutput.pad2(sb, Math.abs(min)).append(':');
            seconds(sb, sec, fsec, true);
        }
    }

    private static void part(StringBuilder sb, long value, String units, boolean[] state) {
        if (value == 0) {
            return;
        }
        if (!state[0]) {
            sb.append(' ');
        }
        if (state[1] && value > 0) {
            sb.append('+');
        }
        sb.append(value).append(' ').append(units);
        if (value != 1) {
            sb.append('s');
        }
        state[1] = value < 0;
        state[0] = false;
    }

    private static void seconds(StringBuilder sb, long sec, long fsec, boolean fillZeros) {
        if (fillZeros) {
            DateTimeOutput.pad2(sb, Math.abs(sec));
        } else {
            sb.append(Math.abs(sec));
        }
        DateTimeOutput.fraction(sb, (int) Math.abs(fsec));
    }

    private static void verbose(StringBuilder sb, long year, long mon, long mday, long hour, long min, long sec,
            long fsec) {
        boolean[] state = {true, false};
        sb.append('@');
        verbosePart(sb, year, "year", state);
        verbosePart(sb, mon, "mon", state);
        verbosePart(sb, mday, "day", state);
        verbosePart(sb, hour, "hour", state);
        verbosePart(sb, min, "min", state);
        if (sec != 0 || fsec != 0) {
            sb.append(' ');
            if (sec < 0 || (sec == 0 && fsec < 0)) {
                if (state[0]) {
                    state[1] = true;
                } else if (!state[1]) {
                    sb.append('-');
                }
            } else if (state[1]) {
                sb.append('-');
            }
            seconds(sb, sec, fsec, false);
            sb.append(" sec");
            if (Math.abs(sec) != 1 || fsec != 0) {
                sb.append('s');
            }
            state[0] = false;
        }
        if (state[0]) {
            sb.append(" 0");
        }
        if (state[1]) {
            sb.append(" ago");
        }
    }

    private static void verbosePart(StringBuilder sb, long value, String units, boolean[] state) {
        if (value == 0) {
            return;
        }
        long v = value;
        if (state[0]) {
            state[1] = v < 0;
            v = Math.abs(v);
        } else if (state[1]) {
            v = -v;
        }
        sb.append(' ').append(v).append(' ').append(units);
        if (v != 1) {
            sb.append('s');
        }
        state[0] = false;
    }

    private static void iso(StringBuilder sb, long year, long mon, long mday, long hour, long min, long sec,
            long fsec) {
        if (year == 0 && mon == 0 && mday == 0 && hour == 0 && min == 0 && sec == 0 && fsec == 0) {
            sb.append("PT0S");
            return;
        }
        sb.append('P');
        isoPart(sb, year, 'Y');
        isoPart(sb, mon, 'M');
        isoPart(sb, mday, 'D');
        if (hour != 0 || min != 0 || sec != 0 || fsec != 0) {
            sb.append('T');
        }
        isoPart(sb, hour, 'H');
        isoPart(sb, min, 'M');
        if (sec != 0 || fsec != 0) {
            if (sec < 0 || fsec < 0) {
                sb.append('-');
            }
            seconds(sb, sec, fsec, false);
            sb.append('S');
        }
    }

    private static void isoPart(StringBuilder sb, long value, char unit) {
        if (value != 0) {
            sb.append(value).append(unit);
        }
    }

    private static void sqlStandard(StringBuilder sb, long year, long mon, long mday, long hour, long min, long sec,
            long fsec) {
        boolean hasNegative = year < 0 || mon < 0 || mday < 0 || hour < 0 || min < 0 || sec < 0 || fsec < 0;
        boolean hasPositive = year > 0 || mon > 0 || mday > 0 || hour > 0 || min > 0 || sec > 0 || fsec > 0;
        boolean hasYearMonth = year != 0 || mon != 0;
        boolean hasDayTime = mday != 0 || hour != 0 || min != 0 || sec != 0 || fsec != 0;
        boolean sqlStandardValue = !(hasNegative && hasPositive) && !(hasYearMonth && hasDayTime);
        if (hasNegative && sqlStandardValue) {
            sb.append('-');
            year = -year;
            mon = -mon;
            mday = -mday;
            hour = -hour;
            min = -min;
            sec = -sec;
            fsec = -fsec;
        }
        if (!hasNegative && !hasPositive) {
            sb.append('0');
        } else if (!sqlStandardValue) {
            char yearSign = year < 0 || mon < 0 ? '-' : '+';
            char daySign = mday < 0 ? '-' : '+';
            char secSign = hour < 0 || min < 0 || sec < 0 || fsec < 0 ? '-' : '+';
            sb.append(yearSign).append(Math.abs(year)).append('-').append(Math.abs(mon)).append(' ')
                    .append(daySign).append(Math.abs(mday)).append(' ').append(secSign).append(Math.abs(hour))
                    .append(':');
            DateTimeOutput.pad2(sb, Math.abs(min)).append(':');
            seconds(sb, sec, fsec, true);
        } else if (hasYearMonth) {
            sb.append(year).append('-').append(mon);
        } else if (mday != 0) {
            sb.append(mday).append(' ').append(hour).append(':');
            DateTimeOutput.pad2(sb, min).append(':');
            seconds(sb, sec, fsec, true);
        } else {
            sb.append(hour).append(':');
            DateTimeOutput.pad2(sb, min).append(':');
            seconds(sb, sec, fsec, true);
        }
    }
}
