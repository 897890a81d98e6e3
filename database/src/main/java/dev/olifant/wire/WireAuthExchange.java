package dev.olifant.wire;

import dev.olifant.auth.AuthExchange;
import dev.olifant.error.PgException;
import dev.olifant.error.Severity;
import dev.olifant.error.SqlState;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;

/** An authentication conversation over the connection: Authentication requests out, 'p' messages in. */
final class WireAuthExchange implements AuthExchange {
    private final MessageReader reader;
    private final MessageWriter writer;

    WireAuthExchange(MessageReader reader, MessageWriter writer) {
        this.reader = reader;
        this.writer = writer;
    }

    @Override
    public void sendRequest(int code, byte[] payload) {
        new Authentication(code, payload).writeTo(writer);
        try {
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public byte[] readResponse() {
        MessageReader.RawMessage m;
        try {
            m = reader.readMessage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (m == null) {
            throw new UncheckedIOException(new EOFException("client closed the connection during authentication"));
        }
        if (m.type() != 'p') {
            throw new PgException(SqlState.PROTOCOL_VIOLATION, Severity.FATAL,
                    "expected password response, got message type " + (m.type() & 0xFF), null, null, 0, null);
        }
        return m.body();
    }
}
