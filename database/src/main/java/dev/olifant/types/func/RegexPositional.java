package dev.olifant.types.func;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.types.PgType;
import dev.olifant.types.Types;
import java.util.regex.Matcher;

/**
 * The PostgreSQL 15 regular expression functions that take a start position and an occurrence
 * number: regexp_replace(…, start [, N [, flags]]), regexp_count(…, start [, flags]),
 * regexp_instr and regexp_substr. Positions count characters from 1; N = 0 means every match.
 */
final class RegexPositional {
    private RegexPositional() {
    }

    static void register(BuiltinCatalog c) {
        PgType t = Types.TEXT;
        PgType i4 = Types.INT4;
        c.fn("regexp_replace", t, (ctx, a) -> replace((String) a[0], (String) a[1], (String) a[2], (Integer) a[3], 1,
                ""), t, t, t, i4);
        c.fn("regexp_replace", t, (ctx, a) -> replace((String) a[0], (String) a[1], (String) a[2], (Integer) a[3],
                (Integer) a[4], ""), t, t, t, i4, i4);
        c.fn("regexp_replace", t, (ctx, a) -> replace((String) a[0], (String) a[1], (String) a[2], (Integer) a[3],
                (Integer) a[4], (String) a[5]), t, t, t, i4, i4, t);
        c.fn("regexp_count", i4, (ctx, a) -> count((String) a[0], (String) a[1], (Integer) a[2], ""), t, t, i4);
        c.fn("regexp_count", i4, (ctx, a) -> count((String) a[0], (String) a[1], (Integer) a[2], (String) a[3]),
                t, t, i4, t);
        c.fn("regexp_substr", t, (ctx, a) -> substr(a, 0), t, t);
        c.fn("regexp_substr", t, (ctx, a) -> substr(a, 0), t, t, i4);
        c.fn("regexp_substr", t, (ctx, a) -> substr(a, 0), t, t, i4, i4);
        c.fn("regexp_substr", t, (ctx, a) -> substr(a, 0), t, t, i4, i4, t);
        c.fn("regexp_substr", t, (ctx, a) -> substr(a, (Integer) a[5]), t, t, i4, i4, t, i4);
        c.fn("regexp_instr", i4, (ctx, a) -> instr(a), t, t);
        c.fn("regexp_instr", i4, (ctx, a) -> instr(a), t, t, i4);
        c.fn("regexp_instr", i4, (ctx, a) -> instr(a), t, t, i4, i4);
        c.fn("regexp_instr", i4, (ctx, a) -> instr(a), t, t, i4, i4, i4);
        c.fn("regexp_instr", i4, (ctx, a) -> instr(a), t, t, i4, i4, i4, t);
        c.fn("regexp_instr", i4, (ctx, a) -> instr(a), t, t, i4, i4, i4, t, i4);
    }

    private static PgException invalid(String parameter, int value) {
        return new PgException(SqlState.INVALID_PARAMETER_VALUE,
                "invalid value for parameter \"" + parameter + "\": " + value);
    }

    /** A matcher positioned to search from character position {@code start} (1-based). */
    private static Matcher matcher(String source, String pattern, int start, String flags, String function) {
        if (start < 1) {
            throw invalid("start", start);
        }
        Matcher m = RegexSupport.compile(pattern, RegexSupport.Flags.parse(flags, function.equals("replace"), function))
                .matcher(source);
        m.region(StringFunctions.offset(source, start - 1L), source.length());
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        return m;
    }

    static String replace(String source, String pattern, String replacement, int start, int n, String flags) {
        if (n < 0) {
            throw invalid("n", n);
        }
        Matcher m = matcher(source, pattern, start, flags, "replace");
        StringBuilder out = new StringBuilder();
        int last = 0;
        int seen = 0;
        while (m.find()) {
            seen++;
            if (n == 0 || seen == n) {
                out.append(source, last, m.start());
                Regexes.appendReplacement(out, m, replacement);
                last = m.end();
                if (n != 0) {
                    break;
                }
            }
            if (m.end() == m.start()) {
                if (m.end() >= source.length()) {
                    break;
                }
                m.region(m.end() + 1, source.length());
            }
        }
        out.append(source, last, source.length());
        return out.toString();
    }

    static int count(String source, String pattern, int start, String flags) {
        Matcher m = matcher(source, pattern, start, flags, "count");
        int count = 0;
        while (m.find()) {
            count++;
        }
        return count;
    }

    /** The n-th match from start, or null. */
    private static Matcher nth(Object[] a, String function, int flagsIndex) {
        String source = (String) a[0];
        int start = a.length > 2 ? (Integer) a[2] : 1;
        int n = a.length > 3 ? (Integer) a[3] : 1;
        if (n < 1) {
            throw invalid("n", n);
        }
        String flags = a.length > flagsIndex ? (String) a[flagsIndex] : "";
        Matcher m = matcher(source, (String) a[1], start, flags, function);
        for (int i = 0; i < n; i++) {
            if (!m.find()) {
                return null;
            }
        }
        return m;
    }

    private static String substr(Object[] a, int subexpr) {
        if (subexpr < 0) {
            throw invalid("subexpr", subexpr);
        }
        Matcher m = nth(a, "substr", 4);
        if (m == null || subexpr > m.groupCount()) {
            return null;
        }
        return m.group(subexpr);
    }

    private static Integer instr(Object[] a) {
        int endOption = a.length > 4 ? (Integer) a[4] : 0;
        if (endOption != 0 && endOption != 1) {
            throw invalid("endoption", endOption);
        }
        int subexpr = a.length > 6 ? (Integer) a[6] : 0;
        if (subexpr < 0) {
            throw invalid("subexpr", subexpr);
        }
        Matcher m = nth(a, "instr", 5);
        if (m == null || subexpr > m.groupCount() || m.start(subexpr) < 0) {
            return 0;
        }
        String source = (String) a[0];
        int index = endOption == 0 ? m.start(subexpr) : m.end(subexpr);
        return source.codePointCount(0, index) + 1;
    }
}
