package dev.olifant.types;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import java.io.ByteArrayOutputStream;

/** bytea text I/O: hex format ({@code \x0a0b}) and the traditional escape format. */
final class ByteaIO {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private ByteaIO() {
    }

    static String output(byte[] v, boolean hex) {
        if (hex) {
            char[] out = new char[2 + v.length * 2];
            out[0] = '\\';
            out[1] = 'x';
            for (int i = 0; i < v.length; i++) {
                out[2 + 2 * i] = HEX[(v[i] >> 4) & 0xF];
                out[3 + 2 * i] = HEX[v[i] & 0xF];
            }
            return new String(out);
        }
        StringBuilder sb = new StringBuilder(v.length + 8);
        for (byte b : v) {
            int c = b & 0xFF;
            if (c == '\\') {
                sb.append("\\\\");
            } else if (c < 0x20 || c > 0x7e) {
                sb.append('\\').append((char) ('0' + (c >> 6))).append((char) ('0' + ((c >> 3) & 7)))
                        .append((char) ('0' + (c & 7)));
            } else {
                sb.append((char) c);
            }
        }
        return sb.toString();
    }

    static byte[] input(String s) {
        if (s.length() >= 2 && s.charAt(0) == '\\' && s.charAt(1) == 'x') {
            return hex(s);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c != '\\') {
                if (c < 0x80) {
                    out.write(c);
                    i++;
                } else {
                    int cp = s.codePointAt(i);
                    byte[] b = new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    out.write(b, 0, b.length);
                    i += Character.charCount(cp);
                }
            } else if (i + 1 < n && s.charAt(i + 1) == '\\') {
                out.write('\\');
                i += 2;
            } else if (i + 3 < n && isOct03(s.charAt(i + 1)) && isOct(s.charAt(i + 2)) && isOct(s.charAt(i + 3))) {
                out.write((s.charAt(i + 1) - '0') << 6 | (s.charAt(i + 2) - '0') << 3 | (s.charAt(i + 3) - '0'));
                i += 4;
            } else {
                throw new PgException(SqlState.INVALID_TEXT_REPRESENTATION, "invalid input syntax for type bytea");
            }
        }
        return out.toByteArray();
    }

    private static byte[] hex(String s) {
        int n = s.length();
        byte[] buf = new byte[(n - 2) / 2];
        int len = 0;
        int i = 2;
        while (i < n) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
                i++;
                continue;
            }
            int hi = digit(c);
            if (i + 1 >= n) {
                throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "invalid hexadecimal data: odd number of digits");
            }
            int lo = digit(s.charAt(i + 1));
            buf[len++] = (byte) (hi << 4 | lo);
            i += 2;
        }
        return len == buf.length ? buf : java.util.Arrays.copyOf(buf, len);
    }

    private static int digit(char c) {
        int d = Character.digit(c, 16);
        if (d < 0 || c > 0x7f) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE,
                    "invalid hexadecimal digit: \"" + new String(Character.toChars(c)) + "\"");
        }
        return d;
    }

    private static boolean isOct03(char c) {
        return c >= '0' && c <= '3';
    }

    private static boolean isOct(char c) {
        return c >= '0' && c <= '7';
    }
}
