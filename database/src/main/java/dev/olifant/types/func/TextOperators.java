package dev.olifant.types.func;

import dev.olifant.types.PgType;
import dev.olifant.types.Types;

/**
 * Text operators: concatenation ({@code ||}, also with a non-array value of any type on either
 * side), LIKE / ILIKE ({@code ~~ !~~ ~~* !~~*}), POSIX regular expressions ({@code ~ ~* !~ !~*}),
 * {@code ^@} (starts with), and bytea concatenation.
 */
final class TextOperators {
    private TextOperators() {
    }

    static void register(BuiltinCatalog c) {
        PgType t = Types.TEXT;
        PgType b = Types.BOOL;
        c.op("||", t, t, t, "textcat", (ctx, a) -> ((String) a[0]).concat((String) a[1]));
        c.op("||", Types.ANYNONARRAY, t, t, "anytextcat", Volatility.STABLE, (args, res) -> {
            PgType left = args.get(0);
            return (ctx, a) -> TextOut.of(left, a[0], ctx).concat((String) a[1]);
        });
        c.op("||", t, Types.ANYNONARRAY, t, "textanycat", Volatility.STABLE, (args, res) -> {
            PgType right = args.get(1);
            return (ctx, a) -> ((String) a[0]).concat(TextOut.of(right, a[1], ctx));
        });
        c.op("||", Types.BYTEA, Types.BYTEA, Types.BYTEA, "byteacat", (ctx, a) -> {
            byte[] x = (byte[]) a[0];
            byte[] y = (byte[]) a[1];
            byte[] r = java.util.Arrays.copyOf(x, x.length + y.length);
            System.arraycopy(y, 0, r, x.length, y.length);
            return r;
        });
        for (PgType l : new PgType[] {Types.TEXT, Types.NAME, Types.BPCHAR}) {
            String p = l == Types.TEXT ? "text" : l.name();
            c.op("~~", l, t, b, p + "like", (ctx, a) -> LikeMatcher.like(str(l, a[0]), (String) a[1]));
            c.op("!~~", l, t, b, p + "nlike", (ctx, a) -> !LikeMatcher.like(str(l, a[0]), (String) a[1]));
            c.op("~~*", l, t, b, p + "iclike", (ctx, a) -> LikeMatcher.ilike(str(l, a[0]), (String) a[1]));
            c.op("!~~*", l, t, b, p + "icnlike", (ctx, a) -> !LikeMatcher.ilike(str(l, a[0]), (String) a[1]));
            c.op("~", l, t, b, p + "regexeq", (ctx, a) -> find(str(l, a[0]), (String) a[1], false));
            c.op("!~", l, t, b, p + "regexne", (ctx, a) -> !find(str(l, a[0]), (String) a[1], false));
            c.op("~*", l, t, b, p + "icregexeq", (ctx, a) -> find(str(l, a[0]), (String) a[1], true));
            c.op("!~*", l, t, b, p + "icregexne", (ctx, a) -> !find(str(l, a[0]), (String) a[1], true));
        }
        c.op("~~", Types.BYTEA, Types.BYTEA, b, "bytealike", (ctx, a) -> LikeMatcher.like(
                latin1((byte[]) a[0]), latin1((byte[]) a[1])));
        c.op("!~~", Types.BYTEA, Types.BYTEA, b, "byteanlike", (ctx, a) -> !LikeMatcher.like(
                latin1((byte[]) a[0]), latin1((byte[]) a[1])));
        c.op("^@", t, t, b, "starts_with", (ctx, a) -> ((String) a[0]).startsWith((String) a[1]));
        c.fn("like_escape", t, (ctx, a) -> likeEscape((String) a[0], (String) a[1]), t, t);
        c.fn("like_escape", Types.BYTEA, (ctx, a) -> likeEscape(latin1((byte[]) a[0]), latin1((byte[]) a[1]))
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), Types.BYTEA, Types.BYTEA);
    }

    /**
     * like_escape: rewrites a pattern written with a custom ESCAPE character into one using
     * backslash, PostgreSQL's default (an empty escape means none: backslashes become literal).
     */
    static String likeEscape(String pattern, String escape) {
        if (escape.codePointCount(0, escape.length()) > 1) {
            throw new dev.olifant.error.PgException(dev.olifant.error.SqlState.INVALID_ESCAPE_SEQUENCE,
                    "invalid escape string").withHint("Escape string must be empty or one character.");
        }
        StringBuilder out = new StringBuilder(pattern.length() + 4);
        if (escape.isEmpty()) {
            for (int i = 0; i < pattern.length(); i++) {
                char ch = pattern.charAt(i);
                if (ch == '\\') {
                    out.append('\\');
                }
                out.append(ch);
            }
            return out.toString();
        }
        char e = escape.charAt(0);
        for (int i = 0; i < pattern.length(); i++) {
            char ch = pattern.charAt(i);
            if (ch == e && i + 1 < pattern.length()) {
                char next = pattern.charAt(++i);
                out.append('\\').append(next);
            } else if (ch == e) {
                out.append('\\');
            } else if (ch == '\\') {
                out.append("\\\\");
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }

    /** bpchar's trailing blanks are insignificant to LIKE and regular expressions. */
    private static String str(PgType type, Object v) {
        return type == Types.BPCHAR ? ValueComparators.stripTrailing((String) v) : (String) v;
    }

    private static String latin1(byte[] b) {
        return new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    static boolean find(String text, String pattern, boolean icase) {
        return RegexSupport.compile(pattern, icase ? RegexSupport.Flags.ICASE : RegexSupport.Flags.NONE)
                .matcher(text).find();
    }
}
