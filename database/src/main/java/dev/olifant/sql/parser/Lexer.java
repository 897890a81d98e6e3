package dev.olifant.sql.parser;

import dev.olifant.error.PgException;
import dev.olifant.error.Severity;
import dev.olifant.error.SqlState;
import dev.olifant.sql.ast.StringKind;
import dev.olifant.sql.parser.Keywords.Keyword;

/**
 * The scanner of PostgreSQL's scan.l (version 15) over a char array: whitespace and comments
 * (nested {@code /* *}{@code /}), identifiers (ASCII case folding, truncation to 63 bytes),
 * keywords, quoted identifiers ({@code "…"}, {@code U&"…"}), numbers (with PostgreSQL 15's
 * "trailing junk" check), string constants ({@code '…'}, {@code E'…'}, {@code U&'…' [UESCAPE 'c']},
 * {@code B'…'}, {@code X'…'}, dollar quoting, newline-separated continuation), parameters and
 * operators with PostgreSQL's rules for multi-character operators.
 */
public final class Lexer {
    private static final int NAMEDATALEN = 64;
    /** Shared strings for the one-character operators, indexed by character. */
    private static final String[] SINGLE_CHAR_OPS = new String[128];

    static {
        for (char c : "~!@#^&|`?+-*/%<>=".toCharArray()) {
            SINGLE_CHAR_OPS[c] = String.valueOf(c).intern();
        }
    }

    private final String sql;
    private final char[] s;
    private final int n;
    private final Tokens out;
    private final StringBuilder buf = new StringBuilder(32);

    private Lexer(String sql) {
        this.sql = sql;
        this.s = sql.toCharArray();
        this.n = s.length;
        this.out = new Tokens(sql);
    }

    /** Scans the whole query string. Lexical errors are 42601 with PostgreSQL's messages. */
    static Tokens tokenize(String sql) {
        Lexer lx = new Lexer(sql);
        lx.run();
        return lx.out;
    }

    private void run() {
        int i = 0;
        while (true) {
            i = skipSpace(i);
            if (i >= n) {
                out.add(TokenKind.EOF, n, n, null, null, 0);
                return;
            }
            i = token(i);
        }
    }

    private int skipSpace(int i) {
        while (i < n) {
            char c = s[i];
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000b') {
                i++;
            } else if (c == '-' && i + 1 < n && s[i + 1] == '-') {
                i += 2;
                while (i < n && s[i] != '\n' && s[i] != '\r') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && s[i + 1] == '*') {
                i = skipBlockComment(i);
            } else {
                break;
            }
        }
        return i;
    }

    private int skipBlockComment(int start) {
        int depth = 1;
        int i = start + 2;
        while (i < n) {
            if (s[i] == '/' && i + 1 < n && s[i + 1] == '*') {
                depth++;
                i += 2;
            } else if (s[i] == '*' && i + 1 < n && s[i + 1] == '/') {
                i += 2;
                if (--depth == 0) {
                    return i;
                }
            } else {
                i++;
            }
        }
        throw error("unterminated /* comment", start, n);
    }

    static boolean identStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
    }

    static boolean identCont(char c) {
        return identStart(c) || (c >= '0' && c <= '9') || c == '$';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isOpChar(char c) {
        switch (c) {
            case '~', '!', '@', '#', '^', '&', '|', '`', '?', '+', '-', '*', '/', '%', '<', '>', '=':
                return true;
            default:
                return false;
        }
    }

    private int token(int i) {
        char c = s[i];
        char next = i + 1 < n ? s[i + 1] : 0;
        if (identStart(c)) {
            if (next == '\'') {
                switch (c) {
                    case 'b', 'B':
                        return bitString(i, StringKind.BIT, "unterminated bit string literal");
                    case 'x', 'X':
                        return bitString(i, StringKind.HEX_BIT, "unterminated hexadecimal string literal");
                    case 'e', 'E':
                        return escapeString(i);
                    case 'n', 'N': {
                        // National character string: the keyword NCHAR, then the string, as scan.l does.
                        Keyword nchar = Keywords.lookup("nchar");
                        out.add(TokenKind.KEYWORD, i, i + 1, nchar.word(), nchar, 0);
                        return plainString(i + 1);
                    }
                    default:
                        break;
                }
            }
            if ((c == 'u' || c == 'U') && next == '&' && i + 2 < n && (s[i + 2] == '\'' || s[i + 2] == '"')) {
                return s[i + 2] == '\'' ? unicodeString(i) : unicodeIdent(i);
            }
            return word(i);
        }
        if (isDigit(c) || (c == '.' && isDigit(next))) {
            return number(i);
        }
        switch (c) {
            case '\'':
                return plainString(i);
            case '"':
                return quotedIdent(i);
            case '$':
                return dollar(i);
            case ':':
                if (next == ':') {
                    out.add(TokenKind.TYPECAST, i, i + 2, "::", null, 0);
                    return i + 2;
                }
                if (next == '=') {
                    out.add(TokenKind.COLON_EQUALS, i, i + 2, ":=", null, 0);
                    return i + 2;
                }
                out.add(TokenKind.COLON, i, i + 1, ":", null, 0);
                return i + 1;
            case '.':
                if (next == '.') {
                    out.add(TokenKind.DOT_DOT, i, i + 2, "..", null, 0);
                    return i + 2;
                }
                out.add(TokenKind.DOT, i, i + 1, ".", null, 0);
                return i + 1;
            case ',':
                return single(TokenKind.COMMA, i);
            case '(':
                return single(TokenKind.LPAREN, i);
            case ')':
                return single(TokenKind.RPAREN, i);
            case '[':
                return single(TokenKind.LBRACKET, i);
            case ']':
                return single(TokenKind.RBRACKET, i);
            case ';':
                return single(TokenKind.SEMICOLON, i);
            default:
                break;
        }
        if (isOpChar(c)) {
            return operator(i);
        }
        out.add(TokenKind.OTHER, i, i + 1, String.valueOf(c), null, 0);
        return i + 1;
    }

    private int single(TokenKind kind, int i) {
        out.add(kind, i, i + 1, null, null, 0);
        return i + 1;
    }

    private int word(int start) {
        int i = start + 1;
        boolean upper = false;
        char c0 = s[start];
        if (c0 >= 'A' && c0 <= 'Z') {
            upper = true;
        }
        while (i < n && identCont(s[i])) {
            char c = s[i];
            if (c >= 'A' && c <= 'Z') {
                upper = true;
            }
            i++;
        }
        Keyword kw = Keywords.lookup(s, start, i);
        if (kw != null) {
            out.add(TokenKind.KEYWORD, start, i, kw.word(), kw, 0);
            return i;
        }
        String w = sql.substring(start, i);
        if (upper) {
            w = foldAscii(w);
        }
        out.add(TokenKind.IDENT, start, i, truncate(w), null, 0);
        return i;
    }

    static String foldAscii(String w) {
        char[] cs = w.toCharArray();
        for (int k = 0; k < cs.length; k++) {
            char c = cs[k];
            if (c >= 'A' && c <= 'Z') {
                cs[k] = (char) (c + ('a' - 'A'));
            }
        }
        return new String(cs);
    }

    /** Truncates an identifier to NAMEDATALEN - 1 bytes of UTF-8, on a character boundary. */
    static String truncate(String w) {
        if (w.length() < (NAMEDATALEN - 1) / 3) {
            return w;
        }
        int bytes = 0;
        for (int k = 0; k < w.length(); k++) {
            int cp = w.codePointAt(k);
            int len = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (bytes + len > NAMEDATALEN - 1) {
                return w.substring(0, k);
            }
            bytes += len;
            if (cp >= 0x10000) {
                k++;
            }
        }
        return w;
    }

    private int number(int start) {
        int i = start;
        boolean decimal = false;
        while (i < n && isDigit(s[i])) {
            i++;
        }
        if (i < n && s[i] == '.') {
            if (i + 1 < n && s[i + 1] == '.' && i > start) {
                // "1..2": the integer, then "..".
                out.add(TokenKind.INTEGER, start, i, sql.substring(start, i), null, 0);
                return i;
            }
            decimal = true;
            i++;
            while (i < n && isDigit(s[i])) {
                i++;
            }
        }
        if (i < n && (s[i] == 'e' || s[i] == 'E')) {
            int j = i + 1;
            if (j < n && (s[j] == '+' || s[j] == '-')) {
                j++;
                if (j >= n || !isDigit(s[j])) {
                    throw error("trailing junk after numeric literal", start, j);
                }
            }
            if (j < n && isDigit(s[j])) {
                decimal = true;
                i = j;
                while (i < n && isDigit(s[i])) {
                    i++;
                }
            }
        }
        if (i < n && identStart(s[i])) {
            int j = i;
            while (j < n && identCont(s[j])) {
                j++;
            }
            throw error("trailing junk after numeric literal", start, j);
        }
        out.add(decimal ? TokenKind.DECIMAL : TokenKind.INTEGER, start, i, sql.substring(start, i), null, 0);
        return i;
    }

    private int dollar(int start) {
        int i = start + 1;
        if (i < n && isDigit(s[i])) {
            long v = 0;
            while (i < n && isDigit(s[i])) {
                v = Math.min(v * 10 + (s[i] - '0'), Integer.MAX_VALUE);
                i++;
            }
            if (i < n && identStart(s[i])) {
                int j = i;
                while (j < n && identCont(s[j])) {
                    j++;
                }
                throw error("trailing junk after parameter", start, j);
            }
            out.add(TokenKind.PARAM, start, i, null, null, (int) v);
            return i;
        }
        // Dollar-quote delimiter: $tag$ where tag has no '$' and does not start with a digit.
        int j = i;
        if (j < n && identStart(s[j])) {
            while (j < n && identCont(s[j]) && s[j] != '$') {
                j++;
            }
        }
        if (j < n && s[j] == '$') {
            String delim = sql.substring(start, j + 1);
            int bodyStart = j + 1;
            int end = sql.indexOf(delim, bodyStart);
            if (end < 0) {
                throw error("unterminated dollar-quoted string", start, n);
            }
            out.add(TokenKind.STRING, start, end + delim.length(), sql.substring(bodyStart, end), null,
                    StringKind.PLAIN.ordinal());
            return end + delim.length();
        }
        out.add(TokenKind.OTHER, start, start + 1, "$", null, 0);
        return start + 1;
    }

    private int operator(int start) {
        int i = start;
        while (i < n && isOpChar(s[i])) {
            i++;
        }
        for (int k = start + 1; k < i; k++) {
            if ((s[k - 1] == '-' && s[k] == '-') || (s[k - 1] == '/' && s[k] == '*')) {
                i = k - 1;
                break;
            }
        }
        int len = i - start;
        if (len > 1 && (s[start + len - 1] == '+' || s[start + len - 1] == '-')) {
            boolean special = false;
            for (int k = start; k < start + len - 1; k++) {
                char c = s[k];
                if (c == '~' || c == '!' || c == '@' || c == '#' || c == '^' || c == '&' || c == '|' || c == '`'
                        || c == '?' || c == '%') {
                    special = true;
                    break;
                }
            }
            if (!special) {
                do {
                    len--;
                } while (len > 1 && (s[start + len - 1] == '+' || s[start + len - 1] == '-'));
            }
        }
        int end = start + len;
        if (len == 1) {
            TokenKind k = switch (s[start]) {
                case '+' -> TokenKind.PLUS;
                case '-' -> TokenKind.MINUS;
                case '*' -> TokenKind.STAR;
                case '/' -> TokenKind.SLASH;
                case '%' -> TokenKind.PERCENT;
                case '^' -> TokenKind.CARET;
                case '<' -> TokenKind.LT;
                case '>' -> TokenKind.GT;
                case '=' -> TokenKind.EQ;
                default -> TokenKind.OP;
            };
            out.add(k, start, end, SINGLE_CHAR_OPS[s[start]], null, 0);
            return end;
        }
        if (len == 2) {
            char a = s[start];
            char b = s[start + 1];
            TokenKind k = null;
            if (a == '=' && b == '>') {
                k = TokenKind.EQUALS_GREATER;
            } else if (a == '>' && b == '=') {
                k = TokenKind.GREATER_EQUALS;
            } else if (a == '<' && b == '=') {
                k = TokenKind.LESS_EQUALS;
            } else if ((a == '<' && b == '>') || (a == '!' && b == '=')) {
                out.add(TokenKind.NOT_EQUALS, start, end, "<>", null, 0);
                return end;
            }
            if (k != null) {
                out.add(k, start, end, sql.substring(start, end), null, 0);
                return end;
            }
        }
        out.add(TokenKind.OP, start, end, sql.substring(start, end), null, 0);
        return end;
    }

    /**
     * After a closing quote at {@code i - 1}: the index of the quote that continues the string
     * (whitespace containing a newline, possibly with -- comments, then a quote), or -1.
     */
    private int continuation(int i) {
        boolean newline = false;
        while (i < n) {
            char c = s[i];
            if (c == '\n' || c == '\r') {
                newline = true;
                i++;
            } else if (c == ' ' || c == '\t' || c == '\f' || c == '\u000b') {
                i++;
            } else if (c == '-' && i + 1 < n && s[i + 1] == '-') {
                while (i < n && s[i] != '\n' && s[i] != '\r') {
                    i++;
                }
            } else {
                break;
            }
        }
        return newline && i < n && s[i] == '\'' ? i : -1;
    }

    private int plainString(int start) {
        buf.setLength(0);
        int i = start + 1;
        while (true) {
            if (i >= n) {
                throw error("unterminated quoted string", start, n);
            }
            char c = s[i];
            if (c == '\'') {
                if (i + 1 < n && s[i + 1] == '\'') {
                    buf.append('\'');
                    i += 2;
                    continue;
                }
                int cont = continuation(i + 1);
                if (cont < 0) {
                    i++;
                    break;
                }
                i = cont + 1;
                continue;
            }
            buf.append(c);
            i++;
        }
        out.add(TokenKind.STRING, start, i, buf.toString(), null, StringKind.PLAIN.ordinal());
        return i;
    }

    private int bitString(int start, StringKind kind, String unterminated) {
        buf.setLength(0);
        int i = start + 2;
        while (true) {
            if (i >= n) {
                throw error(unterminated, start, n);
            }
            char c = s[i];
            if (c == '\'') {
                int cont = continuation(i + 1);
                if (cont < 0) {
                    i++;
                    break;
                }
                i = cont + 1;
                continue;
            }
            buf.append(c);
            i++;
        }
        out.add(TokenKind.STRING, start, i, buf.toString(), null, kind.ordinal());
        return i;
    }

    private int escapeString(int start) {
        StringEscapes esc = new StringEscapes(sql, start);
        int i = start + 2;
        while (true) {
            if (i >= n) {
                throw error("unterminated quoted string", start, n);
            }
            char c = s[i];
            if (c == '\'') {
                if (i + 1 < n && s[i + 1] == '\'') {
                    esc.append('\'');
                    i += 2;
                    continue;
                }
                int cont = continuation(i + 1);
                if (cont < 0) {
                    i++;
                    break;
                }
                i = cont + 1;
                continue;
            }
            if (c == '\\' && i + 1 < n) {
                i = esc.backslash(s, i, n);
                continue;
            }
            esc.append(c);
            i++;
        }
        out.add(TokenKind.STRING, start, i, esc.finish(), null, StringKind.ESCAPE.ordinal());
        return i;
    }

    private int unicodeString(int start) {
        buf.setLength(0);
        int i = start + 3;
        while (true) {
            if (i >= n) {
                throw error("unterminated quoted string", start, n);
            }
            char c = s[i];
            if (c == '\'') {
                if (i + 1 < n && s[i + 1] == '\'') {
                    buf.append('\'');
                    i += 2;
                    continue;
                }
                int cont = continuation(i + 1);
                if (cont < 0) {
                    i++;
                    break;
                }
                i = cont + 1;
                continue;
            }
            buf.append(c);
            i++;
        }
        String raw = buf.toString();
        int[] endHolder = {i};
        char escape = uescape(endHolder);
        String value = StringEscapes.unicodeEscapes(raw, escape, sql, start);
        out.add(TokenKind.STRING, start, endHolder[0], value, null, StringKind.UNICODE.ordinal());
        return endHolder[0];
    }

    private int unicodeIdent(int start) {
        int i = start + 3;
        buf.setLength(0);
        while (true) {
            if (i >= n) {
                throw error("unterminated quoted identifier", start, n);
            }
            if (s[i] == '"') {
                if (i + 1 < n && s[i + 1] == '"') {
                    buf.append('"');
                    i += 2;
                    continue;
                }
                i++;
                break;
            }
            buf.append(s[i++]);
        }
        if (buf.isEmpty()) {
            throw error("zero-length delimited identifier", start, i);
        }
        String raw = buf.toString();
        int[] endHolder = {i};
        char escape = uescape(endHolder);
        String value = truncate(StringEscapes.unicodeEscapes(raw, escape, sql, start));
        out.add(TokenKind.IDENT, start, endHolder[0], value, null, 0);
        return endHolder[0];
    }

    /** Consumes an optional {@code UESCAPE 'c'} after a U& literal; returns the escape character. */
    private char uescape(int[] pos) {
        int i = skipSpace(pos[0]);
        if (i + 7 <= n && sql.regionMatches(true, i, "uescape", 0, 7) && (i + 7 == n || !identCont(s[i + 7]))) {
            int j = skipSpace(i + 7);
            if (j + 2 < n && s[j] == '\'' && s[j + 2] == '\'') {
                char e = s[j + 1];
                if (isHex(e) || e == '+' || e == '\'' || e == '"' || e == ' ' || e == '\t' || e == '\n'
                        || e == '\r' || e == '\f') {
                    throw error("invalid Unicode escape character", j, j + 3);
                }
                pos[0] = j + 3;
                return e;
            }
            throw error("UESCAPE must be followed by a simple string literal", j, Math.min(n, j + 1));
        }
        return '\\';
    }

    static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private int quotedIdent(int start) {
        buf.setLength(0);
        int i = start + 1;
        while (true) {
            if (i >= n) {
                throw error("unterminated quoted identifier", start, n);
            }
            char c = s[i];
            if (c == '"') {
                if (i + 1 < n && s[i + 1] == '"') {
                    buf.append('"');
                    i += 2;
                    continue;
                }
                i++;
                break;
            }
            buf.append(c);
            i++;
        }
        if (buf.isEmpty()) {
            throw error("zero-length delimited identifier", start, i);
        }
        out.add(TokenKind.IDENT, start, i, truncate(buf.toString()), null, 0);
        return i;
    }

    /** A scanner error "message at or near "text"" at the token starting at {@code start}. */
    private PgException error(String message, int start, int end) {
        return scanError(sql, message, start, end);
    }

    static PgException scanError(String sql, String message, int start, int end) {
        return new PgException(SqlState.SYNTAX_ERROR, Severity.ERROR,
                message + " at or near \"" + sql.substring(start, Math.min(end, sql.length())) + "\"", null, null,
                start + 1, null);
    }
}
