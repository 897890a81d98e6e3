package dev.olifant.wire;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 decoding of client strings. PostgreSQL verifies every string a client sends
 * against the server encoding and rejects invalid sequences with 22021, naming the bytes.
 */
final class Utf8 {
    private Utf8() {
    }

    static String decode(byte[] b, int off, int len) {
        boolean ascii = true;
        for (int i = off; i < off + len; i++) {
            if (b[i] < 0) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return new String(b, off, len, StandardCharsets.US_ASCII);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b, off, len);
        try {
            CharBuffer out = decoder.decode(in);
            return out.toString();
        } catch (MalformedInputException e) {
            throw invalid(b, off, len, e);
        } catch (CharacterCodingException e) {
            throw new PgException(SqlState.CHARACTER_NOT_IN_REPERTOIRE,
                    "invalid byte sequence for encoding \"UTF8\"");
        }
    }

    /** Finds the first invalid sequence itself and reports it as PostgreSQL's report_invalid_encoding does. */
    private static PgException invalid(byte[] b, int off, int len, MalformedInputException cause) {
        int end = off + len;
        int i = off;
        while (i < end) {
            int lead = b[i] & 0xFF;
            int n = lead < 0x80 ? 1 : lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3
                    : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
            boolean ok = n > 0 && i + n <= end;
            for (int k = 1; ok && k < n; k++) {
                ok = (b[i + k] & 0xC0) == 0x80;
            }
            if (ok && n > 1) {
                ok = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(b, i, n), CharBuffer.allocate(2), true).isUnderflow();
            }
            if (!ok) {
                int show = Math.min(Math.max(n, 1), end - i);
                StringBuilder sb = new StringBuilder();
                for (int k = 0; k < show; k++) {
                    if (k > 0) {
                        sb.append(' ');
                    }
                    sb.append(String.format("0x%02x", b[i + k] & 0xFF));
                }
                return new PgException(SqlState.CHARACTER_NOT_IN_REPERTOIRE,
                        "invalid byte sequence for encoding \"UTF8\": " + sb);
            }
            i += n;
        }
        return new PgException(SqlState.CHARACTER_NOT_IN_REPERTOIRE, "invalid byte sequence for encoding \"UTF8\"",
                cause);
    }
}
