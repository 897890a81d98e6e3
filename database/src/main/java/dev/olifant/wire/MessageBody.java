package dev.olifant.wire;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;

/**
 * A cursor over one frontend message's body (PostgreSQL's pq_getmsg* functions). Running past
 * the end or leaving bytes unread is a protocol violation worded as PostgreSQL words it.
 */
public final class MessageBody {
    private final byte[] data;
    private int pos;

    public MessageBody(byte[] data) {
        this.data = data;
    }

    public int remaining() {
        return data.length - pos;
    }

    public byte int8() {
        need(1);
        return data[pos++];
    }

    public short int16() {
        need(2);
        short v = (short) (((data[pos] & 0xFF) << 8) | (data[pos + 1] & 0xFF));
        pos += 2;
        return v;
    }

    public int int32() {
        need(4);
        int v = ((data[pos] & 0xFF) << 24) | ((data[pos + 1] & 0xFF) << 16) | ((data[pos + 2] & 0xFF) << 8)
                | (data[pos + 3] & 0xFF);
        pos += 4;
        return v;
    }

    public byte[] bytes(int n) {
        if (n < 0 || n > remaining()) {
            throw insufficientData();
        }
        byte[] b = new byte[n];
        System.arraycopy(data, pos, b, 0, n);
        pos += n;
        return b;
    }

    /** A NUL-terminated UTF-8 string (pq_getmsgstring). */
    public String cstring() {
        int end = pos;
        while (end < data.length && data[end] != 0) {
            end++;
        }
        if (end >= data.length) {
            throw new PgException(SqlState.PROTOCOL_VIOLATION, "invalid string in message");
        }
        String s = Utf8.decode(data, pos, end - pos);
        pos = end + 1;
        return s;
    }

    /** Requires the whole body to have been read (pq_getmsgend). */
    public void end() {
        if (pos != data.length) {
            throw new PgException(SqlState.PROTOCOL_VIOLATION, "invalid message format");
        }
    }

    /** Fails unless at least {@code n} more bytes are present (checked before sizing arrays from counts). */
    public void need(int n) {
        if (n < 0 || remaining() < n) {
            throw insufficientData();
        }
    }

    private static PgException insufficientData() {
        return new PgException(SqlState.PROTOCOL_VIOLATION, "insufficient data left in message");
    }
}
