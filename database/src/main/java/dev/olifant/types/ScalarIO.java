package dev.olifant.types;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Text I/O of bool, the integers, oid, uuid, name and "char" (boolin, int4in, oidin, uuid_in, ...). */
final class ScalarIO {
    private static final int NAMEDATALEN = 64;

    private ScalarIO() {
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B;
    }

    static String trim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return start == 0 && end == s.length() ? s : s.substring(start, end);
    }

    static PgException syntax(String sqlTypeName, String text) {
        return new PgException(SqlState.INVALID_TEXT_REPRESENTATION,
                "invalid input syntax for type " + sqlTypeName + ": \"" + text + "\"");
    }

    /** boolin: t/true/yes/on/1 and f/false/no/off/0, unique prefixes, case-insensitive, trimmed. */
    static Boolean parseBool(String text) {
        Boolean b = boolOrNull(text);
        if (b == null) {
            throw syntax("boolean", text);
        }
        return b;
    }

    /** PostgreSQL's parse_bool: what {@link #parseBool} accepts, null for anything else. */
    static Boolean boolOrNull(String text) {
        String s = trim(text);
        int n = s.length();
        if (n > 0) {
            switch (Character.toLowerCase(s.charAt(0))) {
                case 't':
                    if ("true".regionMatches(true, 0, s, 0, n) && n <= 4) {
                        return Boolean.TRUE;
                    }
                    break;
                case 'f':
                    if ("false".regionMatches(true, 0, s, 0, n) && n <= 5) {
                        return Boolean.FALSE;
                    }
                    break;
                case 'y':
                    if ("yes".regionMatches(true, 0, s, 0, n) && n <= 3) {
                        return Boolean.TRUE;
                    }
                    break;
                case 'n':
                    if ("no".regionMatches(true, 0, s, 0, n) && n <= 2) {
                        return Boolean.FALSE;
                    }
                    break;
                case 'o':
                    // "o" alone is ambiguous between on and off
                    if (n >= 2 && "on".regionMatches(true, 0, s, 0, n) && n <= 2) {
                        return Boolean.TRUE;
                    }
                    if (n >= 2 && "off".regionMatches(true, 0, s, 0, n) && n <= 3) {
                        return Boolean.FALSE;
                    }
                    break;
                case '1':
                    if (n == 1) {
                        return Boolean.TRUE;
                    }
                    break;
                case '0':
                    if (n == 1) {
                        return Boolean.FALSE;
                    }
                    break;
                default:
                    break;
            }
        }
        return null;
    }

    /** pg_strtoint64 and friends: whitespace, sign, decimal digits; range checked against [min, max]. */
    static long parseInteger(String text, long min, long max, String sqlTypeName) {
        int i = 0;
        int n = text.length();
        while (i < n && isSpace(text.charAt(i))) {
            i++;
        }
        boolean neg = false;
        if (i < n && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
            neg = text.charAt(i) == '-';
            i++;
        }
        int digitsStart = i;
        // Accumulate negatively so that Long.MIN_VALUE is representable.
        long acc = 0;
        boolean overflow = false;
        while (i < n) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                break;
            }
            int d = c - '0';
            if (acc < (Long.MIN_VALUE + d) / 10) {
                overflow = true;
            } else {
                acc = acc * 10 - d;
            }
            i++;
        }
        if (i == digitsStart) {
            throw syntax(sqlTypeName, text);
        }
        while (i < n && isSpace(text.charAt(i))) {
            i++;
        }
        if (i != n) {
            throw syntax(sqlTypeName, text);
        }
        if (!overflow && !neg && acc == Long.MIN_VALUE) {
            overflow = true;
        }
        long v = neg ? acc : -acc;
        if (overflow || v < min || v > max) {
            throw new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE,
                    "value \"" + text + "\" is out of range for type " + sqlTypeName);
        }
        return v;
    }

    /** oidin: an unsigned 32-bit number; negative input down to -2^31 wraps as in PostgreSQL. */
    static long parseOid(String text) {
        String s = trim(text);
        if (s.isEmpty()) {
            throw syntax("oid", text);
        }
        long v;
        try {
            v = parseInteger(text, Long.MIN_VALUE, Long.MAX_VALUE, "oid");
        } catch (PgException e) {
            if (e.state() == SqlState.NUMERIC_VALUE_OUT_OF_RANGE) {
                throw new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE,
                        "value \"" + text + "\" is out of range for type oid");
            }
            throw e;
        }
        if (v < Integer.MIN_VALUE || v > 0xFFFFFFFFL) {
            throw new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "value \"" + text + "\" is out of range for type oid");
        }
        return v & 0xFFFFFFFFL;
    }

    static UUID parseUuid(String text) {
        String s = text;
        int i = 0;
        int n = s.length();
        boolean braces = n > 0 && s.charAt(0) == '{';
        if (braces) {
            i++;
        }
        long hi = 0;
        long lo = 0;
        int digits = 0;
        while (digits < 32) {
            if (i >= n) {
                throw syntax("uuid", text);
            }
            int d = Character.digit(s.charAt(i), 16);
            if (d < 0 || s.charAt(i) > 0x7f) {
                throw syntax("uuid", text);
            }
            if (digits < 16) {
                hi = hi << 4 | d;
            } else {
                lo = lo << 4 | d;
            }
            digits++;
            i++;
            if (digits % 4 == 0 && digits < 32 && i < n && s.charAt(i) == '-') {
                i++;
            }
        }
        if (braces) {
            if (i >= n || s.charAt(i) != '}') {
                throw syntax("uuid", text);
            }
            i++;
        }
        if (i != n) {
            throw syntax("uuid", text);
        }
        return new UUID(hi, lo);
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    static String formatUuid(UUID u) {
        char[] out = new char[36];
        long hi = u.getMostSignificantBits();
        long lo = u.getLeastSignificantBits();
        int p = 0;
        for (int i = 0; i < 32; i++) {
            long word = i < 16 ? hi : lo;
            int shift = 60 - 4 * (i % 16);
            out[p++] = HEX[(int) (word >>> shift) & 0xF];
            if (i == 7 || i == 11 || i == 15 || i == 19) {
                out[p++] = '-';
            }
        }
        return new String(out);
    }

    /** namein: truncates to NAMEDATALEN-1 bytes without splitting a character. */
    static String truncateName(String s) {
        if (s.length() < NAMEDATALEN / 4) {
            return s;
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < NAMEDATALEN) {
            return s;
        }
        int len = NAMEDATALEN - 1;
        while (len > 0 && (bytes[len] & 0xC0) == 0x80) {
            len--;
        }
        return new String(bytes, 0, len, StandardCharsets.UTF_8);
    }

    /** charin: the first byte, or a three-digit octal escape \ooo. The value is a 0- or 1-char String. */
    static String parseChar(String text) {
        if (text.length() == 4 && text.charAt(0) == '\\' && isOctal(text.charAt(1)) && isOctal(text.charAt(2))
                && isOctal(text.charAt(3))) {
            int v = (text.charAt(1) - '0') * 64 + (text.charAt(2) - '0') * 8 + (text.charAt(3) - '0');
            return v == 0 ? "" : String.valueOf((char) (v & 0xFF));
        }
        if (text.isEmpty()) {
            return "";
        }
        char c = text.charAt(0);
        if (c < 0x80) {
            return String.valueOf(c);
        }
        // a multi-byte character: "char" keeps only its first byte, shown as an octal escape
        byte first = String.valueOf(Character.toChars(text.codePointAt(0))).getBytes(StandardCharsets.UTF_8)[0];
        return String.valueOf((char) (first & 0xFF));
    }

    static String formatChar(String v) {
        if (v.isEmpty()) {
            return "";
        }
        char c = v.charAt(0);
        if (c < 0x80) {
            return v.length() == 1 ? v : String.valueOf(c);
        }
        int b = c & 0xFF;
        return new String(new char[] {'\\', (char) ('0' + (b >> 6)), (char) ('0' + ((b >> 3) & 7)), (char) ('0' + (b & 7))});
    }

    private static boolean isOctal(char c) {
        return c >= '0' && c <= '7';
    }
}
