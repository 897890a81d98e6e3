package dev.olifant.types.func;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.types.ArrayValue;
import dev.olifant.types.PgType;
import dev.olifant.types.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Regular expression functions (regexp.c): regexp_replace, regexp_match, regexp_like,
 * regexp_count, regexp_split_to_array, substring(text from pattern), and the SIMILAR TO
 * translation similar_to_escape. The set-returning ones are in {@link SetReturning}.
 */
final class Regexes {
    private Regexes() {
    }

    static void register(BuiltinCatalog c) {
        PgType t = Types.TEXT;
        PgType ta = Types.TEXT_ARRAY;
        c.fn("regexp_replace", t, (ctx, a) -> replace((String) a[0], (String) a[1], (String) a[2], ""), t, t, t);
        c.fn("regexp_replace", t, (ctx, a) -> replace((String) a[0], (String) a[1], (String) a[2], (String) a[3]),
                t, t, t, t);
        c.fn("regexp_match", ta, (ctx, a) -> match((String) a[0], (String) a[1], ""), t, t);
        c.fn("regexp_match", ta, (ctx, a) -> match((String) a[0], (String) a[1], (String) a[2]), t, t, t);
        c.fn("regexp_like", Types.BOOL, (ctx, a) -> compile((String) a[1], "", "like").matcher((String) a[0]).find(),
                t, t);
        c.fn("regexp_like", Types.BOOL, (ctx, a) -> compile((String) a[1], (String) a[2], "like")
                .matcher((String) a[0]).find(), t, t, t);
        c.fn("regexp_count", Types.INT4, (ctx, a) -> count((String) a[0], (String) a[1], ""), t, t);
        c.fn("regexp_split_to_array", ta, (ctx, a) -> ArrayValue.oneDimensional(Types.TEXT,
                split((String) a[0], (String) a[1], "").toArray()), t, t);
        c.fn("regexp_split_to_array", ta, (ctx, a) -> ArrayValue.oneDimensional(Types.TEXT,
                split((String) a[0], (String) a[1], (String) a[2]).toArray()), t, t, t);
        c.fn("substring", t, (ctx, a) -> substring((String) a[0], (String) a[1]), t, t);
        c.fn("substring", t, (ctx, a) -> substringSimilar((String) a[0], (String) a[1], (String) a[2]), t, t, t);
    }

    static Pattern compile(String pattern, String flags, String function) {
        return RegexSupport.compile(pattern, RegexSupport.Flags.parse(flags, false, function));
    }

    static String replace(String source, String pattern, String replacement, String flags) {
        RegexSupport.Flags f = RegexSupport.Flags.parse(flags, true, "replace");
        Matcher m = RegexSupport.compile(pattern, f).matcher(source);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            out.append(source, last, m.start());
            appendReplacement(out, m, replacement);
            last = m.end();
            if (!f.global()) {
                break;
            }
        }
        out.append(source, last, source.length());
        return out.toString();
    }

    /** Replacement text: {@code \1}..{@code \9} are groups, {@code \&} the whole match, {@code \\} a backslash. */
    static void appendReplacement(StringBuilder out, Matcher m, String replacement) {
        for (int i = 0; i < replacement.length(); i++) {
            char ch = replacement.charAt(i);
            if (ch == '\\' && i + 1 < replacement.length()) {
                char d = replacement.charAt(i + 1);
                if (d >= '1' && d <= '9') {
                    int g = d - '0';
                    if (g <= m.groupCount() && m.group(g) != null) {
                        out.append(m.group(g));
                    }
                    i++;
                    continue;
                }
                if (d == '&') {
                    out.append(m.group());
                    i++;
                    continue;
                }
                if (d == '\\') {
                    out.append('\\');
                    i++;
                    continue;
                }
            }
            out.append(ch);
        }
    }

    static ArrayValue match(String source, String pattern, String flags) {
        Matcher m = compile(pattern, flags, "match").matcher(source);
        return m.find() ? groups(m) : null;
    }

    static ArrayValue groups(Matcher m) {
        if (m.groupCount() == 0) {
            return ArrayValue.oneDimensional(Types.TEXT, new Object[] {m.group()});
        }
        Object[] g = new Object[m.groupCount()];
        for (int i = 0; i < g.length; i++) {
            g[i] = m.group(i + 1);
        }
        return ArrayValue.oneDimensional(Types.TEXT, g);
    }

    static int count(String source, String pattern, String flags) {
        Matcher m = compile(pattern, flags, "count").matcher(source);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /**
     * regexp_split_to_array: degenerate matches (empty ones at the end of the string, or not
     * extending past the previous match) do not split.
     */
    static List<Object> split(String source, String pattern, String flags) {
        return split(source, pattern, flags, "split_to_array");
    }

    /** As {@link #split(String, String, String)}; {@code function} (split_to_array or split_to_table) names errors. */
    static List<Object> split(String source, String pattern, String flags, String function) {
        Matcher m = compile(pattern, flags, function).matcher(source);
        List<Object> out = new ArrayList<>();
        int len = source.length();
        int prevEnd = 0;
        int start = 0;
        int search = 0;
        while (search <= len && m.find(search)) {
            int so = m.start();
            int eo = m.end();
            if (so < len && eo > prevEnd) {
                out.add(source.substring(start, so));
                start = eo;
                prevEnd = eo;
            }
            search = eo == so ? so + 1 : eo;
        }
        out.add(source.substring(start));
        return out;
    }

    static String substring(String source, String pattern) {
        Matcher m = RegexSupport.compile(pattern, RegexSupport.Flags.NONE).matcher(source);
        if (!m.find()) {
            return null;
        }
        return m.groupCount() > 0 ? m.group(1) : m.group();
    }

    /**
     * substring(text SIMILAR pattern ESCAPE esc): the pattern must match the whole string; the
     * result is the part between the two escape-double-quote separators (the whole match without them).
     */
    static String substringSimilar(String source, String pattern, String escape) {
        Matcher m = RegexSupport.compile(similarToRegex(pattern, escape), RegexSupport.Flags.NONE).matcher(source);
        if (!m.find()) {
            return null;
        }
        return m.groupCount() > 0 ? m.group(1) : m.group();
    }

    /** similar_to_escape: SQL's SIMILAR TO pattern as an ARE anchored at both ends. */
    static String similarToRegex(String pattern, String escape) {
        if (escape != null && escape.codePointCount(0, escape.length()) > 1) {
            throw new PgException(SqlState.INVALID_ESCAPE_SEQUENCE, "invalid escape string")
                    .withHint("Escape string must be empty or one character.");
        }
        int esc = escape == null || escape.isEmpty() ? -1 : escape.charAt(0);
        StringBuilder out = new StringBuilder("^(?:");
        boolean inBracket = false;
        int separators = 0;
        for (int i = 0; i < pattern.length(); i++) {
            char ch = pattern.charAt(i);
            if (ch == esc && i + 1 < pattern.length() && pattern.charAt(i + 1) == '"' && !inBracket) {
                // the separators split the pattern in three; the middle part becomes group 1
                if (++separators > 2) {
                    throw new PgException(SqlState.INVALID_USE_OF_ESCAPE_CHARACTER,
                            "SQL regular expression may not contain more than two escape-double-quote separators");
                }
                out.append(separators == 1 ? "){1,1}?(" : "){1,1}(");
                i++;
            } else if (ch == esc && i + 1 == pattern.length()) {
                break; // a trailing escape character is dropped
            } else if (ch == esc && i + 1 < pattern.length()) {
                char next = pattern.charAt(++i);
                out.append('\\').append(next);
            } else if (inBracket) {
                if (ch == ']') {
                    inBracket = false;
                }
                if (ch == '\\') {
                    out.append('\\');
                }
                out.append(ch);
            } else if (ch == '[') {
                inBracket = true;
                out.append(ch);
            } else if (ch == '%') {
                out.append(".*");
            } else if (ch == '_') {
                out.append('.');
            } else if (ch == '(') {
                out.append("(?:");
            } else if (ch == '\\' || ch == '.' || ch == '^' || ch == '$') {
                out.append('\\').append(ch);
            } else {
                out.append(ch);
            }
        }
        return out.append(")$").toString();
    }
}
