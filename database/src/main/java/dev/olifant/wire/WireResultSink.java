package dev.olifant.wire;

import dev.olifant.error.PgException;
import dev.olifant.session.Field;
import dev.olifant.session.ResultSink;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Frames what a session produces as backend messages in the connection's output buffer. */
final class WireResultSink implements ResultSink {
    private final MessageReader reader;
    private final MessageWriter writer;
    private final ConnectionState connection;

    WireResultSink(MessageReader reader, MessageWriter writer, ConnectionState connection) {
        this.reader = reader;
        this.writer = writer;
        this.connection = connection;
    }

    @Override
    public void rowDescription(List<Field> fields) {
        send(new RowDescription(fields));
    }

    @Override
    public void dataRow(byte[][] values) {
        send(new DataRow(values));
    }

    @Override
    public void commandComplete(String tag) {
        send(new CommandComplete(tag));
    }

    @Override
    public void emptyQuery() {
        send(EmptyMessage.EMPTY_QUERY);
    }

    @Override
    public void notice(PgException notice) {
        send(ErrorResponse.notice(notice));
        // as PostgreSQL's send_message_to_frontend: a notice reaches the client at once, even
        // while the statement goes on (or waits for a lock)
        flush();
    }

    @Override
    public void parameterStatus(String name, String value) {
        send(new ParameterStatus(name, value));
    }

    @Override
    public InputStream copyIn(boolean binary, int columnCount) {
        CopyResponse.in(binary, columnCount).writeTo(writer);
        flush();
        return new CopyInStream(reader, connection);
    }

    @Override
    public void copyOutStart(boolean binary, int columnCount) {
        send(CopyResponse.out(binary, columnCount));
    }

    @Override
    public void copyData(byte[] data, int offset, int length) {
        send(new CopyDataMessage(data, offset, length));
    }

    @Override
    public void copyDone() {
        send(EmptyMessage.COPY_DONE);
    }

    private void send(BackendMessage message) {
        message.writeTo(writer);
        try {
            writer.flushIfLarge();
        } catch (IOException e) {
            connection.lost();
            throw new UncheckedIOException(e);
        }
    }

    private void flush() {
        try {
            writer.flush();
        } catch (IOException e) {
            connection.lost();
            throw new UncheckedIOException(e);
        }
    }
}
