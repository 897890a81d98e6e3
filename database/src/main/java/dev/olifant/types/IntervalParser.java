package dev.olifant.types;

import dev.olifant.error.PgException;
import dev.olifant.types.IntervalAmounts.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * interval_in: PostgreSQL's DecodeInterval and DecodeISO8601Interval. Fields are read right to
 * left so that a unit word gives the number before it its meaning, a time field makes the number
 * before it a day count, and a trailing bare number counts seconds (or the last field of the
 * typmod's range). The amounts are accumulated by {@link IntervalAmounts}.
 */
final class IntervalParser {
    private enum Kind { NUMBER, TIME, YEAR_MONTH, WORD }

    private record Token(Kind kind, String text) {
    }

    private final String text;
    private final IntervalAmounts acc;
    private Unit bareUnit = Unit.SECOND;

    private IntervalParser(String text) {
        this.text = text;
        this.acc = new IntervalAmounts(text);
    }

    static Interval parse(String text) {
        return parse(text, FormatSettings.IntervalStyle.POSTGRES);
    }

    /**
     * In IntervalStyle sql_standard a leading minus applies to every field when no other field
     * carries an explicit sign ({@code '-1 2:03:04'} is minus one day, two hours, ...).
     */
    static Interval parse(String text, FormatSettings.IntervalStyle style) {
        return parse(text, style, IntervalRange.FULL);
    }

    /** {@code range} (from the typmod) decides what a bare trailing number counts: '5'::interval hour. */
    static Interval parse(String text, FormatSettings.IntervalStyle style, IntervalRange range) {
        IntervalParser p = new IntervalParser(text);
        p.bareUnit = switch (range) {
            case YEAR -> Unit.YEAR;
            case MONTH, YEAR_TO_MONTH -> Unit.MONTH;
            case DAY -> Unit.DAY;
            case HOUR, DAY_TO_HOUR -> Unit.HOUR;
            case MINUTE, HOUR_TO_MINUTE, DAY_TO_MINUTE -> Unit.MINUTE;
            default -> Unit.SECOND;
        };
        String s = ScalarIO.trim(text).toLowerCase(Locale.ROOT);
        if (s.startsWith("p")) {
            p.iso(s);
        } else {
            List<Token> toks = p.postgres(s);
            if (style == FormatSettings.IntervalStyle.SQL_STANDARD && toks.get(0).text.startsWith("-")) {
                boolean moreSigns = false;
                for (int i = 1; i < toks.size(); i++) {
                    moreSigns |= toks.get(i).text.startsWith("-") || toks.get(i).text.startsWith("+");
                }
                if (!moreSigns) {
                    p.acc.forceNegative();
                }
            }
        }
        return p.acc.result();
    }

    private PgException syntax() {
        return DateTimeFields.syntax("interval", text);
    }

    private List<Token> postgres(String s) {
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
                if (ago || toks.size() == 1) {
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
                    Unit u = type == null ? bareUnit : type;
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
            acc.negate();
        }
        return toks;
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
            } else if (DateTimeFields.isDigit(c) || c == '.' || ((c == '+' || c == '-') && i + 1 < n
                    && (DateTimeFields.isDigit(s.charAt(i + 1)) || s.charAt(i + 1) == '.'))) {
                int st = i++;
                while (i < n && (DateTimeFields.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
                    i++;
                }
                if (i < n && s.charAt(i) == ':') {
                    while (i < n && (DateTimeFields.isDigit(s.charAt(i)) || s.charAt(i) == ':' || s.charAt(i) == '.')) {
                        i++;
                    }
                    out.add(new Token(Kind.TIME, s.substring(st, i)));
                } else if (i + 1 < n && s.charAt(i) == '-' && DateTimeFields.isDigit(s.charAt(i + 1))
                        && s.substring(st, i).indexOf('.') < 0) {
                    i++;
                    while (i < n && DateTimeFields.isDigit(s.charAt(i))) {
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
            throw acc.fieldOverflow();
        }
        double fval = fracText.isEmpty() ? 0 : Double.parseDouble("0." + fracText);
        if (neg) {
            ival = -ival;
            fval = -fval;
        }
        acc.add(u, ival, fval);
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
                us = s * 1_000_000L + DateTimeFields.fractionMicros(parts[1].substring(dot + 1));
                if (s > 59) {
                    throw acc.fieldOverflow();
                }
            } else {
                m = Long.parseLong(parts[1]);
                us = 0;
                if (parts.length == 3) {
                    String sp = parts[2];
                    int dot = sp.indexOf('.');
                    long s = Long.parseLong(dot < 0 ? sp : sp.substring(0, dot));
                    if (s > 59) {
                        throw acc.fieldOverflow();
                    }
                    us = s * 1_000_000L + (dot < 0 ? 0 : DateTimeFields.fractionMicros(sp.substring(dot + 1)));
                }
            }
            if (m > 59) {
                throw acc.fieldOverflow();
            }
            total = Math.addExact(Math.multiplyExact(h, 3_600_000_000L), m * 60_000_000L + us);
        } catch (NumberFormatException e) {
            throw syntax();
        } catch (ArithmeticException e) {
            throw acc.fieldOverflow();
        }
        acc.addMicros(neg ? -total : total);
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
                throw acc.fieldOverflow();
            }
            long total = Math.addExact(Math.multiplyExact(y, 12), m);
            acc.addMonths(neg ? -total : total);
        } catch (NumberFormatException e) {
            throw syntax();
        } catch (ArithmeticException e) {
            throw acc.fieldOverflow();
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
                continue;
            }
            int st = i;
            if (c == '-' || c == '+') {
                i++;
            }
            while (i < n && (DateTimeFields.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
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
