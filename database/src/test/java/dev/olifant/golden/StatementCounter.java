package dev.olifant.golden;

/**
 * Counts the statements psql sends for a golden file: SQL statements ended by a semicolon outside
 * string literals, quoted identifiers, dollar quotes, comments and parentheses, plus one per psql
 * meta-command line (a line starting with a backslash).
 */
final class StatementCounter {
    private StatementCounter() {
    }

    static int count(String script) {
        int statements = 0;
        int depth = 0;
        int i = 0;
        int n = script.length();
        boolean lineStart = true;
        while (i < n) {
            char c = script.charAt(i);
            if (lineStart && depth == 0 && c == '\\') {
                statements++;
                while (i < n && script.charAt(i) != '\n') {
                    i++;
                }
                continue;
            }
            lineStart = c == '\n' || (lineStart && (c == ' ' || c == '\t'));
            if (c == '-' && i + 1 < n && script.charAt(i + 1) == '-') {
                while (i < n && script.charAt(i) != '\n') {
                    i++;
                }
                continue;
            }
            if (c == '/' && i + 1 < n && script.charAt(i + 1) == '*') {
                int end = script.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
                continue;
            }
            if (c == '\'' || c == '"') {
                i = skipQuoted(script, i, c);
                continue;
            }
            if (c == '$') {
                int tagEnd = i + 1;
                while (tagEnd < n && (Character.isLetterOrDigit(script.charAt(tagEnd)) || script.charAt(tagEnd) == '_')) {
                    tagEnd++;
                }
                if (tagEnd < n && script.charAt(tagEnd) == '$' && (tagEnd == i + 1 || !Character.isDigit(script.charAt(i + 1)))) {
                    String tag = script.substring(i, tagEnd + 1);
                    int close = script.indexOf(tag, tagEnd + 1);
                    i = close < 0 ? n : close + tag.length();
                    continue;
                }
            }
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (c == ';' && depth == 0) {
                statements++;
            }
            i++;
        }
        return statements;
    }

    private static int skipQuoted(String s, int start, char quote) {
        int i = start + 1;
        while (i < s.length()) {
            if (s.charAt(i) == quote) {
                if (i + 1 < s.length() && s.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return s.length();
    }
}
