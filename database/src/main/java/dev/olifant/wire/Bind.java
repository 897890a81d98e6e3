package dev.olifant.wire;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;

/** Bind ('B'): create a portal from a prepared statement with parameter values and result formats. */
public record Bind(String portalName, String statementName, short[] parameterFormats, byte[][] parameterValues,
        short[] resultFormats) implements FrontendMessage {

    static Bind decode(MessageBody body) {
        String portal = body.cstring();
        String statement = body.cstring();
        short[] paramFormats = formats(body);
        int n = body.int16() & 0xFFFF;
        body.need(n * 4);
        byte[][] values = new byte[n][];
        for (int i = 0; i < n; i++) {
            int len = body.int32();
            if (len == -1) {
                values[i] = null;
            } else if (len < 0) {
                throw new PgException(SqlState.PROTOCOL_VIOLATION, "insufficient data left in message");
            } else {
                values[i] = body.bytes(len);
            }
        }
        short[] resultFormats = formats(body);
        body.end();
        if (paramFormats.length > 1 && paramFormats.length != n) {
            throw PgException.of(SqlState.PROTOCOL_VIOLATION, "bind message has %d parameter formats but %d parameters",
                    paramFormats.length, n);
        }
        for (short f : paramFormats) {
            checkFormat(f);
        }
        for (short f : resultFormats) {
            checkFormat(f);
        }
        return new Bind(portal, statement, paramFormats, values, resultFormats);
    }

    private static short[] formats(MessageBody body) {
        int n = body.int16() & 0xFFFF;
        body.need(n * 2);
        short[] f = new short[n];
        for (int i = 0; i < n; i++) {
            f[i] = body.int16();
        }
        return f;
    }

    private static void checkFormat(short f) {
        if (f != 0 && f != 1) {
            throw PgException.of(SqlState.INVALID_PARAMETER_VALUE, "unsupported format code: %d", f);
        }
    }
}
