package dev.olifant.types;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * interval_in: PostgreSQL's DecodeInterval and DecodeISO8601Interval. Fields are read right to
 * left so that a unit word gives the number before it its meaning, a time field makes the number
 * before it a day count, and a trailing bare number counts seconds. Fractional amounts spill into
 * the smaller fields exactly as PostgreSQL's AdjustFract* functions do (a fractional year becomes
 * whole months, a fractional month 30-day days plus time, a fractional day time).
 */
final class IntervalParser {
    private enum Unit { MILLENNIUM, CENTURY, DECADE, YEAR, MONTH, WEEK, DAY, HOUR, MINUTE, SECOND, MILLISEC, MICROSEC }

    private enum Kind { NUMBER, TIME, YEAR_MONTH, WORD }

    private record Token(Kind kind, String text) {
    }

    private final String text;
    private long months;
    private long days;
    private long micros;

    private IntervalParser(String text) {
        this.text = text;
    }

    static Interval parse(String text) {
        IntervalParser p = new IntervalParser(text);
        String s = ScalarIO.trim(text).toLowerCase(Locale.ROOT);
        if (s.startsWith("p")) {
            p.iso(s);
        } else {
            p.postgres(s);
        }
        return p.result();
    }

    private PgException syntax() {
        return DateTimeParser.syntax("interval", text);
    }

    private Interval result() {
        if (months > Integer.MAX_VALUE || months < Integer.MIN_VALUE || days > Integer.MAX_VALUE
                || days < Integer.MIN_VALUE) {
            throw new PgException(SqlState.DATETIME_FIELD_OVERFLOW, "interval out of range");
        }
        return new Interval((int) months, (int) days, micros);
    }

    private void postgres(String s) {
        List<Token> toks = tokenize(s);
        if (toks.isEmpty()) {
            throw syntax();
        }
        boolean ago = false;
        Unit type = null;
        boolean pending = false;
        long seen = 0;
        for (int i = toks.size() - 1; i >= 0; i--) {
            Token t = toks.get(i);
            if (t.kind == Kind.WORD && t.text.equals("ago")) {
                if (i != toks.size() - 1) {
                    throw syntax();
                }
                ago = true;
                continue;
            }
            if (t.kind != Kind.NUMBER && t.kind != Kind.WORD && pending) {
                throw syntax();
            }
            switch (t.kind) {
                case WORD -> {
                    type = unit(t.text);
                    if (type == null) {
                        throw syntax();
                    }
                    pending = true;
                }
                case TIME -> {
                    seen = mark(seen, Unit.HOUR);
                    time(t.text);
                    type = Unit.DAY;
                }
                case YEAR_MONTH -> {
                    seen = mark(seen, Unit.YEAR);
                    yearMonth(t.text);
                    type = Unit.DAY;
                }
                case NUMBER -> {
                    Unit u = type == null ? Unit.SECOND : type;
                    seen = mark(seen, u);
                    amount(t.text, u);
                    type = u;
                    pending = false;
                }
            }
        }
        if (pending) {
            throw syntax();
        }
        if (ago) {
            months = -months;
            days = -days;
            micros = -micros;
        }
    }

    private long mark(long seen, Unit u) {
        long bit = 1L << u.ordinal();
        if ((seen & bit) != 0) {
            throw syntax();
        }
        return seen | bit;
    }

    private List<Token> tokenize(String s) {
        List<Token> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (ScalarIO.isSpace(c) || c == '@' && out.isEmpty()) {
                i++;
            } else if (DateTimeParser.isDigit(c) || c == '.' || ((c == '+' || c == '-') && i + 1 < n
                    && (DateTimeParser.isDigit(s.charAt(i + 1)) || s.charAt(i + 1) == '.'))) {
                int st = i++;
                while (i < n && (DateTimeParser.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
                    i++;
                }
                if (i < n && s.charAt(i) == ':') {
                    while (i < n && (DateTimeParser.isDigit(s.charAt(i)) || s.charAt(i) == ':' || s.charAt(i) == '.')) {
                        i++;
                    }
                    out.add(new Token(Kind.TIME, s.substring(st, i)));
                } else if (i + 1 < n && s.charAt(i) == '-' && DateTimeParser.isDigit(s.charAt(i + 1))
                        && s.substring(st, i).indexOf('.') < 0) {
                    i++;
                    while (i < n && DateTimeParser.isDigit(s.charAt(i))) {
                        i++;
                    }
                    out.add(new Token(Kind.YEAR_MONTH, s.substring(st, i)));
                } else {
                    out.add(new Token(Kind.NUMBER, s.substring(st, i)));
                }
            } else if (c >= 'a' && c <= 'z') {
                int st = i;
                while (i < n && s.charAt(i) >= 'a' && s.charAt(i) <= 'z') {
                    i++;
                }
                out.add(new Token(Kind.WORD, s.substring(st, i)));
            } else {
                throw syntax();
            }
        }
        return out;
    }

    private static Unit unit(String w) {
        String k = w.length() > 10 ? w.substring(0, 10) : w;
        return switch (k) {
            case "mil", "mils", "millennia", "millennium" -> Unit.MILLENNIUM;
            case "c", "cent", "century", "centuries" -> Unit.CENTURY;
            case "dec", "decs", "decade", "decades" -> Unit.DECADE;
            case "y", "yr", "yrs", "year", "years" -> Unit.YEAR;
            case "mon", "mons", "month", "months" -> Unit.MONTH;
            case "w", "week", "weeks" -> Unit.WEEK;
            case "d", "day", "days" -> Unit.DAY;
            case "h", "hr", "hrs", "hour", "hours" -> Unit.HOUR;
            case "m", "min", "mins", "minute", "minutes" -> Unit.MINUTE;
            case "s", "sec", "secs", "second", "seconds" -> Unit.SECOND;
            case "ms", "msec", "msecs", "msecond", "mseconds", "millisecon" -> Unit.MILLISEC;
            case "us", "usec", "usecs", "usecond", "useconds", "microsecon" -> Unit.MICROSEC;
            default -> null;
        };
    }

    /** A signed decimal amount of a unit; the fraction spills into smaller fields. */
    private void amount(String num, Unit u) {
        boolean neg = num.startsWith("-");
        String body = num.startsWith("-") || num.startsWith("+") ? num.substring(1) : num;
        int dot = body.indexOf('.');
        String whole = dot < 0 ? body : body.substring(0, dot);
        String fracText = dot < 0 ? "" : body.substring(dot + 1);
        if ((whole.isEmpty() && fracText.isEmpty()) || fracText.indexOf('.') >= 0) {
            throw syntax();
        }
        long ival;
        try {
            ival = whole.isEmpty() ? 0 : Long.parseLong(whole);
        } catch (NumberFormatException e) {
            throw fieldOverflow();
        }
        double fval = fracText.isEmpty() ? 0 : Double.parseDouble("0." + fracText);
        if (neg) {
            ival = -ival;
            fval = -fval;
        }
        add(u, ival, fval);
    }

    private void add(Unit u, long ival, double fval) {
        try {
            switch (u) {
                case MILLENNIUM -> years(ival, fval, 1000);
                case CENTURY -> years(ival, fval, 100);
                case DECADE -> years(ival, fval, 10);
                case YEAR -> years(ival, fval, 1);
                case MONTH -> {
                    months = Math.addExact(months, ival);
                    fractDays(fval, 30);
                }
                case WEEK -> {
                    days = Math.addExact(days, Math.multiplyExact(ival, 7));
                    fractDays(fval, 7);
                }
                case DAY -> {
                    days = Math.addExact(days, ival);
                    fractMicros(fval, 86_400_000_000L);
                }
                case HOUR -> unitMicros(ival, fval, 3_600_000_000L);
                case MINUTE -> unitMicros(ival, fval, 60_000_000L);
                case SECOND -> unitMicros(ival, fval, 1_000_000L);
                case MILLISEC -> unitMicros(ival, fval, 1000L);
                case MICROSEC -> unitMicros(ival, fval, 1L);
            }
        } catch (ArithmeticException e) {
            throw fieldOverflow();
        }
    }

    private void years(long ival, double fval, int scale) {
        months = Math.addExact(months, Math.multiplyExact(Math.multiplyExact(ival, scale), 12));
        months = Math.addExact(months, (long) Math.rint(fval * scale * 12));
    }

    private void unitMicros(long ival, double fval, long scale) {
        micros = Math.addExact(micros, Math.multiplyExact(ival, scale));
        fractMicros(fval, scale);
    }

    private void fractDays(double frac, int scale) {
        double f = frac * scale;
        long extra = (long) f;
        days = Math.addExact(days, extra);
        fractMicros(f - extra, 86_400_000_000L);
    }

    private void fractMicros(double frac, long scale) {
        if (frac == 0) {
            return;
        }
        double f = frac * scale;
        long us = (long) f;
        us += (long) Math.rint(f - us);
        micros = Math.addExact(micros, us);
    }

    private PgException fieldOverflow() {
        return new PgException(SqlState.INTERVAL_FIELD_OVERFLOW, "interval field value out of range: \"" + text + "\"");
    }

    /** [+-]hh:mm[:ss[.frac]] */
    private void time(String tok) {
        boolean neg = tok.startsWith("-");
        String body = tok.startsWith("-") || tok.startsWith("+") ? tok.substring(1) : tok;
        String[] parts = body.split(":", -1);
        if (parts.length < 2 || parts.length > 3) {
            throw syntax();
        }
        long total;
        try {
            long h = Long.parseLong(parts[0]);
            long m;
            long us;
            if (parts.length == 2 && parts[1].indexOf('.') >= 0) {
                // mm:ss.frac
                int dot = parts[1].indexOf('.');
                m = h;
                h = 0;
                long s = Long.parseLong(parts[1].substring(0, dot));
                us = s * 1_000_000L + DateTimeParser.fractionMicros(parts[1].substring(dot + 1));
                if (s > 59) {
                    throw fieldOverflow();
                }
            } else {
                m = Long.parseLong(parts[1]);
                us = 0;
                if (parts.length == 3) {
                    String sp = parts[2];
                    int dot = sp.indexOf('.');
                    long s = Long.parseLong(dot < 0 ? sp : sp.substring(0, dot));
                    if (s > 59) {
                        throw fieldOverflow();
                    }
                    us = s * 1_000_000L + (dot < 0 ? 0 : DateTimeParser.fractionMicros(sp.substring(dot + 1)));
                }
            }
            if (m > 59) {
                throw fieldOverflow();
            }
            total = Math.addExact(Math.multiplyExact(h, 3_600_000_000L), m * 60_000_000L + us);
        } catch (NumberFormatException e) {
            throw syntax();
        } catch (ArithmeticException e) {
            throw fieldOverflow();
        }
        micros = Math.addExact(micros, neg ? -total : total);
    }

    /** [+-]y-m */
    private void yearMonth(String tok) {
        boolean neg = tok.startsWith("-");
        String body = tok.startsWith("-") || tok.startsWith("+") ? tok.substring(1) : tok;
        int dash = body.indexOf('-');
        try {
            long y = Long.parseLong(body.substring(0, dash));
            long m = Long.parseLong(body.substring(dash + 1));
            if (m > 11) {
                throw fieldOverflow();
            }
            long total = Math.addExact(Math.multiplyExact(y, 12), m);
            months = Math.addExact(months, neg ? -total : total);
        } catch (NumberFormatException e) {
            throw syntax();
        } catch (ArithmeticException e) {
            throw fieldOverflow();
        }
    }

    /** ISO 8601 designator format: PnYnMnWnDTnHnMnS, any number possibly signed and fractional. */
    private void iso(String s) {
        int i = 1;
        int n = s.length();
        boolean timePart = false;
        if (i == n) {
            throw syntax();
        }
        while (i < n) {
            char c = s.charAt(i);
            if (c == 't') {
                if (timePart) {
                    throw syntax();
                }
                timePart = true;
                i++;
                if (i == n) {
                    throw syntax();
                }
                continue;
            }
            int st = i;
            if (c == '-' || c == '+') {
                i++;
            }
            while (i < n && (DateTimeParser.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
                i++;
            }
            if (i == st || i >= n) {
                throw syntax();
            }
            String num = s.substring(st, i);
            char d = s.charAt(i++);
            Unit u = switch (d) {
                case 'y' -> timePart ? null : Unit.YEAR;
                case 'm' -> timePart ? Unit.MINUTE : Unit.MONTH;
                case 'w' -> timePart ? null : Unit.WEEK;
                case 'd' -> timePart ? null : Unit.DAY;
                case 'h' -> timePart ? Unit.HOUR : null;
                case 's' -> timePart ? Unit.SECOND : null;
                default -> null;
            };
            if (u == null) {
                throw syntax();
            }
            amount(num, u);
        }
    }
}
