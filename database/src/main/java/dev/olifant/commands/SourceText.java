package dev.olifant.commands;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Recovers the SQL text of a DEFAULT or CHECK expression from the query string, for storing in
 * the catalog. The syntax tree records where a constraint starts but not where its expression
 * ends, so the text after the keyword is scanned (quotes, comments and parentheses respected) up to
 * the end of the expression: the closing parenthesis of CHECK (…), or for DEFAULT the next comma,
 * unmatched parenthesis or keyword that starts another column constraint.
 */
final class SourceText {
    private static final Set<String> STOPWORDS = Set.of("not", "null", "constraint", "check", "default", "primary",
            "unique", "references", "generated", "collate", "deferrable", "initially");

    private SourceText() {
    }

    /** The expression after DEFAULT, for a constraint starting at {@code location}. */
    static String defaultExpr(String sql, int location) {
        int i = afterKeyword(sql, location, "default");
        int start = skipSpace(sql, i);
        int end = scan(sql, start, false);
        return sql.substring(start, end).strip();
    }

    /** The condition of CHECK (…), for a constraint starting at {@code location}. */
    static String checkExpr(String sql, int location) {
        int i = afterKeyword(sql, location, "check");
        i = skipSpace(sql, i);
        if (i >= sql.length() || sql.charAt(i) != '(') {
            throw new IllegalStateException("CHECK without parenthesis at " + location);
        }
        int end = scan(sql, i + 1, true);
        return sql.substring(i + 1, end).strip();
    }

    /** An expression that starts at {@code location} and ends at the next top-level comma or unmatched ')'. */
    static String exprAt(String sql, int location) {
        int end = scan(sql, location, true);
        return sql.substring(location, end).strip();
    }

    /** The rest of a statement from {@code location}: up to a top-level ';' or the end of the string. */
    static String statementRest(String sql, int location) {
        int depth = 0;
        int i = location;
        int n = sql.length();
        while (i < n) {
            int end = scan(sql, i, true);
            if (end >= n) {
                return sql.substring(location, n).strip();
            }
            char c = sql.charAt(end);
            if (c == ';' && depth == 0) {
                return sql.substring(location, end).strip();
            }
            if (c == ')') {
                if (depth == 0) {
                    return sql.substring(location, end).strip();
                }
                depth--;
            }
            i = end + 1;
        }
        return sql.substring(location).strip();
    }

    /** {@code expr} with identifier {@code from} (outside string literals) replaced by {@code to}, quoted as needed. */
    static String renameIdentifier(String expr, String from, String to) {
        String replacement = to.matches("[a-z_][a-z0-9_$]*") ? to : "\"" + to.replace("\"", "\"\"") + "\"";
        StringBuilder out = new StringBuilder();
        int n = expr.length();
        int i = 0;
        while (i < n) {
            char c = expr.charAt(i);
            if (c == '\'') {
                int e = skipQuoted(expr, i, '\'');
                out.append(expr, i, e);
                i = e;
            } else if (c == '"') {
                int e = skipQuoted(expr, i, '"');
                String id = expr.substring(i + 1, e - 1).replace("\"\"", "\"");
                out.append(id.equals(from) ? replacement : expr.substring(i, e));
                i = e;
            } else if (Character.isLetter(c) || c == '_') {
                int s = i;
                while (i < n && (Character.isLetterOrDigit(expr.charAt(i)) || expr.charAt(i) == '_'
                        || expr.charAt(i) == '$')) {
                    i++;
                }
                String word = expr.substring(s, i);
                out.append(word.toLowerCase(Locale.ROOT).equals(from) ? replacement : word);
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** Identifiers in {@code expr} (outside quotes) that are among {@code names}, in order of first use. */
    static List<String> referencedNames(String expr, Set<String> names) {
        Set<String> found = new LinkedHashSet<>();
        int n = expr.length();
        int i = 0;
        while (i < n) {
            char c = expr.charAt(i);
            if (c == '\'') {
                i = skipQuoted(expr, i, '\'');
            } else if (c == '"') {
                int e = skipQuoted(expr, i, '"');
                String id = expr.substring(i + 1, e - 1).replace("\"\"", "\"");
                if (names.contains(id)) {
                    found.add(id);
                }
                i = e;
            } else if (Character.isLetter(c) || c == '_') {
                int s = i;
                while (i < n && (Character.isLetterOrDigit(expr.charAt(i)) || expr.charAt(i) == '_'
                        || expr.charAt(i) == '$')) {
                    i++;
                }
                boolean cast = s >= 2 && expr.startsWith("::", s - 2);
                String id = expr.substring(s, i).toLowerCase(Locale.ROOT);
                if (!cast && names.contains(id)) {
                    found.add(id);
                }
            } else {
                i++;
            }
        }
        return List.copyOf(found);
    }

    private static int afterKeyword(String sql, int from, String keyword) {
        int i = from;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"') {
                i = skipQuoted(sql, i, c);
            } else if (Character.isLetter(c) || c == '_') {
                int s = i;
                while (i < n && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_')) {
                    i++;
                }
                if (sql.substring(s, i).equalsIgnoreCase(keyword)) {
                    return i;
                }
            } else {
                i++;
            }
        }
        throw new IllegalStateException(keyword + " not found after " + from);
    }

    private static int skipSpace(String sql, int i) {
        while (i < sql.length() && Character.isWhitespace(sql.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Scans an expression from {@code i}; returns the offset just past its end. */
    private static int scan(String sql, int i, boolean parenOnly) {
        int n = sql.length();
        int depth = 0;
        boolean first = true;
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"') {
                i = skipQuoted(sql, i, c);
            } else if (c == '$' && i + 1 < n && (sql.charAt(i + 1) == '$' || Character.isLetter(sql.charAt(i + 1)))
                    && sql.indexOf('$', i + 1) > 0) {
                int tagEnd = sql.indexOf('$', i + 1);
                String tag = sql.substring(i, tagEnd + 1);
                int close = sql.indexOf(tag, tagEnd + 1);
                i = close < 0 ? n : close + tag.length();
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int nl = sql.indexOf('\n', i);
                i = nl < 0 ? n : nl;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int close = sql.indexOf("*/", i + 2);
                i = close < 0 ? n : close + 2;
            } else if (c == '(' || c == '[') {
                depth++;
                i++;
            } else if (c == ')' || c == ']') {
                if (depth == 0) {
                    return i;
                }
                depth--;
                i++;
            } else if ((c == ',' || c == ';') && depth == 0) {
                return i;
            } else if (Character.isLetter(c) || c == '_') {
                int s = i;
                while (i < n && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_'
                        || sql.charAt(i) == '$')) {
                    i++;
                }
                if (!parenOnly && !first && depth == 0
                        && STOPWORDS.contains(sql.substring(s, i).toLowerCase(Locale.ROOT))) {
                    return s;
                }
            } else {
                i++;
            }
            first = false;
        }
        return n;
    }

    private static int skipQuoted(String sql, int i, char q) {
        int n = sql.length();
        i++;
        while (i < n) {
            if (sql.charAt(i) == q) {
                if (i + 1 < n && sql.charAt(i + 1) == q) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return n;
    }
}
