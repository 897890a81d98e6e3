package dev.olifant.types.func;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * PostgreSQL's advanced regular expressions (ARE) on top of java.util.regex. The common subset is
 * translated: {@code .} matches newlines and {@code $} only the very end (unless newline-sensitive
 * flag {@code n}); POSIX classes {@code [[:alpha:]]}; word boundaries {@code \m \M \y \Y};
 * {@code \Z}; a literal {@code [} or {@code &} inside brackets; {@code ]} first in a bracket.
 * Compiled patterns are cached.
 */
final class RegexSupport {
    private RegexSupport() {
    }

    private static final int MAX_CACHE = 512;
    private static final ConcurrentHashMap<String, Pattern> CACHE = new ConcurrentHashMap<>();

    /** Flags as in regexp_replace's flag string, without {@code g}. */
    record Flags(boolean caseInsensitive, boolean newlineSensitive, boolean expanded, boolean global, boolean literal) {
        static final Flags NONE = new Flags(false, false, false, false, false);
        static final Flags ICASE = new Flags(true, false, false, false, false);

        static Flags parse(String flags, boolean allowGlobal, String function) {
            boolean i = false;
            boolean n = false;
            boolean x = false;
            boolean g = false;
            boolean q = false;
            for (int k = 0; k < flags.length(); k++) {
                char f = flags.charAt(k);
                switch (f) {
                    case 'i' -> i = true;
                    case 'c' -> i = false;
                    case 'n', 'm' -> n = true;
                    case 'p', 'w' -> n = true;
                    case 's' -> n = false;
                    case 'x' -> x = true;
                    case 't' -> x = false;
                    case 'q' -> q = true;
                    case 'g' -> {
                        if (!allowGlobal) {
                            throw new PgException(SqlState.INVALID_PARAMETER_VALUE,
                                    "regexp_" + function + "() does not support the \"global\" option");
                        }
                        g = true;
                    }
                    default -> throw new PgException(SqlState.INVALID_PARAMETER_VALUE,
                            "invalid regular expression option: \"" + f + "\"");
                }
            }
            return new Flags(i, n, x, g, q);
        }
    }

    static Pattern compile(String are, Flags flags) {
        String key = (flags.caseInsensitive() ? "i" : "-") + (flags.newlineSensitive() ? "n" : "-")
                + (flags.expanded() ? "x" : "-") + (flags.literal() ? "q" : "-") + are;
        Pattern p = CACHE.get(key);
        if (p != null) {
            return p;
        }
        int f = Pattern.UNICODE_CHARACTER_CLASS; // \w, \s, \b over all letters, as in a UTF8 database
        if (flags.caseInsensitive()) {
            f |= Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        }
        if (flags.newlineSensitive()) {
            f |= Pattern.MULTILINE;
        } else {
            f |= Pattern.DOTALL;
        }
        if (flags.expanded() && !flags.literal()) {
            f |= Pattern.COMMENTS;
        }
        try {
            // flag q: the whole pattern is a literal string
            p = Pattern.compile(flags.literal() ? Pattern.quote(are) : translate(are, flags.newlineSensitive()), f);
        } catch (PatternSyntaxException e) {
            throw new PgException(SqlState.INVALID_REGULAR_EXPRESSION,
                    "invalid regular expression: " + describe(e.getDescription()));
        }
        if (CACHE.size() >= MAX_CACHE) {
            CACHE.clear();
        }
        CACHE.put(key, p);
        return p;
    }

    /** PostgreSQL's wording (regerror.c) for the failures java.util.regex reports differently. */
    private static String describe(String javaDescription) {
        String d = javaDescription.toLowerCase(java.util.Locale.ROOT);
        if (d.contains("unclosed group") || d.contains("unmatched closing ')'")) {
            return "parentheses () not balanced";
        }
        if (d.contains("unclosed character class")) {
            return "brackets [] not balanced";
        }
        if (d.contains("dangling meta character")) {
            return "quantifier operand invalid";
        }
        if (d.contains("repetition") || d.contains("counted closure")) {
            return "invalid repetition count(s)";
        }
        if (d.contains("escape")) {
            return "invalid escape \\ sequence";
        }
        return javaDescription;
    }

    /**
     * {@code (?} opens a non-capturing group {@code (?:}, a lookahead {@code (?= (?!} or a
     * lookbehind {@code (?<= (?<!}; at the very start, {@code (?flags)} sets embedded options.
     * Anything else (named groups, atomic groups) is not an ARE: regcomp's REG_BADRPT.
     */
    private static int groupPrefix(String re, int i, StringBuilder out) {
        String rest = re.substring(i + 2);
        if (rest.startsWith(":") || rest.startsWith("=") || rest.startsWith("!") || rest.startsWith("<=")
                || rest.startsWith("<!")) {
            out.append("(?");
            return i + 2;
        }
        if (i == 0 && rest.matches("(?s)[bceimnpqstwx]+\\).*")) {
            out.append("(?");
            return i + 2;
        }
        throw new PgException(SqlState.INVALID_REGULAR_EXPRESSION, "invalid regular expression: quantifier operand invalid");
    }

    static String translate(String re, boolean newlineSensitive) {
        StringBuilder out = new StringBuilder(re.length() + 8);
        int i = 0;
        int n = re.length();
        while (i < n) {
            char c = re.charAt(i);
            if (c == '\\' && i + 1 < n) {
                char d = re.charAt(i + 1);
                switch (d) {
                    case 'm' -> out.append("\\b(?=\\w)");
                    case 'M' -> out.append("\\b(?<=\\w)");
                    case 'y' -> out.append("\\b");
                    case 'Y' -> out.append("\\B");
                    case 'Z' -> out.append("\\z");
                    default -> out.append(c).append(d);
                }
                i += 2;
            } else if (c == '(' && i + 1 < n && re.charAt(i + 1) == '?') {
                i = groupPrefix(re, i, out);
            } else if (c == '$' && !newlineSensitive) {
                out.append("\\z");
                i++;
            } else if (c == '[') {
                i = bracket(re, i, out);
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** Copies a bracket expression starting at {@code start}, returning the index after it. */
    private static int bracket(String re, int start, StringBuilder out) {
        int n = re.length();
        int i = start + 1;
        out.append('[');
        if (i < n && re.charAt(i) == '^') {
            out.append('^');
            i++;
        }
        if (i < n && re.charAt(i) == ']') {
            out.append("\\]");
            i++;
        }
        while (i < n) {
            char c = re.charAt(i);
            if (c == ']') {
                out.append(']');
                return i + 1;
            }
            if (c == '[' && i + 1 < n && re.charAt(i + 1) == ':') {
                int end = re.indexOf(":]", i + 2);
                if (end > 0) {
                    out.append(posixClass(re.substring(i + 2, end)));
                    i = end + 2;
                    continue;
                }
            }
            if (c == '\\' && i + 1 < n) {
                out.append(c).append(re.charAt(i + 1));
                i += 2;
                continue;
            }
            if (c == '[' || c == '&') {
                out.append('\\');
            }
            out.append(c);
            i++;
        }
        throw new PgException(SqlState.INVALID_REGULAR_EXPRESSION,
                "invalid regular expression: brackets [] not balanced");
    }

    private static String posixClass(String name) {
        return switch (name) {
            case "alpha" -> "\\p{IsAlphabetic}";
            case "digit" -> "0-9";
            case "alnum" -> "\\p{IsAlphabetic}0-9";
            case "upper" -> "\\p{IsUppercase}";
            case "lower" -> "\\p{IsLowercase}";
            case "space" -> "\\s";
            case "blank" -> " \\t";
            case "punct" -> "\\p{Punct}";
            case "xdigit" -> "0-9A-Fa-f";
            case "cntrl" -> "\\p{Cntrl}";
            case "print" -> "\\p{Print}";
            case "graph" -> "\\p{Graph}";
            case "word" -> "\\w";
            default -> throw new PgException(SqlState.INVALID_REGULAR_EXPRESSION,
                    "invalid regular expression: invalid character class");
        };
    }
}
