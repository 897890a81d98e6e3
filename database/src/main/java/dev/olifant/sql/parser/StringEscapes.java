package dev.olifant.sql.parser;

import dev.olifant.error.PgException;
import dev.olifant.error.Severity;
import dev.olifant.error.SqlState;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Escape processing of {@code E'…'} strings (backslash escapes, with octal and hexadecimal byte
 * escapes decoded as UTF-8 and checked like PostgreSQL's server encoding check) and of the
 * {@code U&'…'} / {@code U&"…"} Unicode escapes.
 */
final class StringEscapes {
    private final String sql;
    private final int tokenStart;
    private final StringBuilder out = new StringBuilder();
    private byte[] pending = new byte[8];
    private int pendingLen;

    StringEscapes(String sql, int tokenStart) {
        this.sql = sql;
        this.tokenStart = tokenStart;
    }

    void append(char c) {
        flush();
        out.append(c);
    }

    /** Processes the backslash escape at {@code s[i]}; returns the index after it. */
    int backslash(char[] s, int i, int n) {
        char c = s[i + 1];
        switch (c) {
            case 'b' -> append('\b');
            case 'f' -> append('\f');
            case 'n' -> append('\n');
            case 'r' -> append('\r');
            case 't' -> append('\t');
            case 'x' -> {
                int j = i + 2;
                int v = 0;
                while (j < n && j < i + 4 && Lexer.isHex(s[j])) {
                    v = v * 16 + Character.digit(s[j], 16);
                    j++;
                }
                if (j == i + 2) {
                    append('x');
                    return i + 2;
                }
                addByte(v);
                return j;
            }
            case 'u', 'U' -> {
                int digits = c == 'u' ? 4 : 8;
                int j = i + 2;
                int v = 0;
                for (int k = 0; k < digits; k++, j++) {
                    if (j >= n || !Lexer.isHex(s[j])) {
                        throw new PgException(SqlState.INVALID_ESCAPE_SEQUENCE, Severity.ERROR,
                                "invalid Unicode escape", null, "Unicode escapes must be \\uXXXX or \\UXXXXXXXX.",
                                i + 1, null);
                    }
                    v = v * 16 + Character.digit(s[j], 16);
                }
                appendCodePoint(v, i);
                return j;
            }
            default -> {
                if (c >= '0' && c <= '7') {
                    int j = i + 1;
                    int v = 0;
                    while (j < n && j < i + 4 && s[j] >= '0' && s[j] <= '7') {
                        v = v * 8 + (s[j] - '0');
                        j++;
                    }
                    addByte(v & 0xFF);
                    return j;
                }
                append(c);
            }
        }
        return i + 2;
    }

    private void appendCodePoint(int v, int at) {
        if (v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF && !handleSurrogate(v, at))) {
            if (v == 0 || v > 0x10FFFF) {
                throw new PgException(SqlState.INVALID_ESCAPE_SEQUENCE, Severity.ERROR,
                        "invalid Unicode escape value", null, null, at + 1, null);
            }
            return;
        }
        if (v >= 0xD800 && v <= 0xDFFF) {
            return;
        }
        flush();
        out.appendCodePoint(v);
    }

    private boolean handleSurrogate(int v, int at) {
        flush();
        if (v >= 0xD800 && v <= 0xDBFF) {
            out.append((char) v);
            return true;
        }
        if (!out.isEmpty() && Character.isHighSurrogate(out.charAt(out.length() - 1))) {
            out.append((char) v);
            return true;
        }
        throw new PgException(SqlState.SYNTAX_ERROR, Severity.ERROR, "invalid Unicode surrogate pair", null, null,
                at + 1, null);
    }

    private void addByte(int b) {
        if (pendingLen == pending.length) {
            pending = java.util.Arrays.copyOf(pending, pendingLen * 2);
        }
        pending[pendingLen++] = (byte) b;
    }

    private void flush() {
        if (pendingLen == 0) {
            return;
        }
        try {
            out.append(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(pending, 0, pendingLen)));
            for (int k = 0; k < pendingLen; k++) {
                if (pending[k] == 0) {
                    throw new CharacterCodingException();
                }
            }
        } catch (CharacterCodingException e) {
            StringBuilder hex = new StringBuilder();
            for (int k = 0; k < pendingLen; k++) {
                if (pending[k] == 0 || (pending[k] & 0x80) != 0) {
                    for (int m = k; m < Math.min(pendingLen, k + 2); m++) {
                        hex.append(hex.isEmpty() ? "0x" : " 0x").append(String.format("%02x", pending[m] & 0xFF));
                        if (pending[k] == 0) {
                            break;
                        }
                    }
                    break;
                }
            }
            throw new PgException(SqlState.CHARACTER_NOT_IN_REPERTOIRE,
                    "invalid byte sequence for encoding \"UTF8\": " + hex);
        }
        pendingLen = 0;
    }

    String finish() {
        flush();
        return out.toString();
    }

    /** Decodes the escapes of a U& literal body ({@code \XXXX}, {@code \+XXXXXX}, doubled escape). */
    static String unicodeEscapes(String raw, char escape, String sql, int tokenStart) {
        if (raw.indexOf(escape) < 0) {
            return raw;
        }
        StringBuilder b = new StringBuilder(raw.length());
        int bodyOffset = tokenStart + 3;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != escape) {
                b.append(c);
                continue;
            }
            if (i + 1 < raw.length() && raw.charAt(i + 1) == escape) {
                b.append(escape);
                i++;
                continue;
            }
            int digits;
            int from;
            if (i + 1 < raw.length() && raw.charAt(i + 1) == '+') {
                digits = 6;
                from = i + 2;
            } else {
                digits = 4;
                from = i + 1;
            }
            if (from + digits > raw.length()) {
                throw badUnicode(bodyOffset + i);
            }
            int v = 0;
            for (int k = from; k < from + digits; k++) {
                if (!Lexer.isHex(raw.charAt(k))) {
                    throw badUnicode(bodyOffset + i);
                }
                v = v * 16 + Character.digit(raw.charAt(k), 16);
            }
            if (v == 0 || v > 0x10FFFF) {
                throw new PgException(SqlState.SYNTAX_ERROR, Severity.ERROR, "invalid Unicode escape value", null,
                        null, bodyOffset + i + 1, null);
            }
            b.appendCodePoint(v);
            i = from + digits - 1;
        }
        return b.toString();
    }

    private static PgException badUnicode(int at) {
        return new PgException(SqlState.SYNTAX_ERROR, Severity.ERROR, "invalid Unicode escape", null,
                "Unicode escapes must be \\XXXX or \\+XXXXXX.", at + 1, null);
    }
}
