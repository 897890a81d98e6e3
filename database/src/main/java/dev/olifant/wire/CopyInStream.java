package dev.olifant.wire;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import java.io.IOException;
import java.io.InputStream;

/**
 * The data of COPY FROM STDIN as a stream over the client's CopyData messages (PostgreSQL's
 * CopyGetData): CopyDone ends it, CopyFail fails it with 57014, Flush and Sync are ignored as
 * the protocol asks, and anything else is a protocol violation.
 */
final class CopyInStream extends InputStream {
    private final MessageReader reader;
    private final ConnectionState connection;
    private byte[] chunk = new byte[0];
    private int pos;
    private boolean ended;

    CopyInStream(MessageReader reader, ConnectionState connection) {
        this.reader = reader;
        this.connection = connection;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (pos == chunk.length) {
            if (ended || !nextChunk()) {
                return -1;
            }
        }
        int n = Math.min(len, chunk.length - pos);
        System.arraycopy(chunk, pos, b, off, n);
        pos += n;
        return n;
    }

    @Override
    public int available() {
        return chunk.length - pos;
    }

    /** Reads messages until CopyData (true) or CopyDone (false). */
    private boolean nextChunk() throws IOException {
        while (true) {
            MessageReader.RawMessage m;
            try {
                m = reader.readMessage();
            } catch (PgException fatal) {
                ended = true;
                connection.fail(fatal);
                throw fatal;
            } catch (IOException e) {
                ended = true;
                connection.lost();
                throw e;
            }
            if (m == null) {
                ended = true;
                connection.lost();
                throw new PgException(SqlState.CONNECTION_FAILURE,
                        "unexpected EOF on client connection with an open transaction");
            }
            switch (m.type()) {
                case 'd' -> {
                    chunk = m.body();
                    pos = 0;
                    return true;
                }
                case 'c' -> {
                    ended = true;
                    return false;
                }
                case 'f' -> {
                    ended = true;
                    String message = new MessageBody(m.body()).cstring();
                    throw new PgException(SqlState.QUERY_CANCELED, "COPY from stdin failed: " + message);
                }
                case 'H', 'S' -> {
                    // Ignored during COPY IN, so that a client may send them between CopyData.
                }
                default -> {
                    ended = true;
                    throw PgException.of(SqlState.PROTOCOL_VIOLATION,
                            "unexpected message type 0x%02X during COPY from stdin", m.type() & 0xFF);
                }
            }
        }
    }
}
