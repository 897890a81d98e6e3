package dev.olifant.wire;

import dev.olifant.error.PgException;
import dev.olifant.error.Severity;
import dev.olifant.error.SqlState;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.util.Arrays;

/**
 * Reads framed frontend messages from a blocking channel through one buffer. A length word that
 * cannot be right means message boundaries are lost; that ends the connection (FATAL 08P01).
 */
public final class MessageReader {
    /** PostgreSQL's MAX_STARTUP_PACKET_LENGTH. */
    static final int MAX_STARTUP_PACKET_LENGTH = 10000;
    /** PostgreSQL's PQ_SMALL_MESSAGE_LIMIT, for messages that never carry user data. */
    static final int SMALL_MESSAGE_LIMIT = 10000;
    private static final int INITIAL_BODY_ALLOCATION = 1 << 20;

    private final ReadableByteChannel in;
    private final ByteBuffer buffer = ByteBuffer.allocate(8192).flip();
    private final int maxMessageSize;

    public MessageReader(ReadableByteChannel in, int maxMessageSize) {
        this.in = in;
        this.maxMessageSize = maxMessageSize;
    }

    /** Whether bytes beyond the last message have already arrived. */
    public boolean hasBufferedData() {
        return buffer.hasRemaining();
    }

    /**
     * Reads a startup packet (int32 length, then the body, no type byte).
     *
     * @return its body, or null when the client closed the connection before sending anything
     */
    public byte[] readStartupPacket() throws IOException {
        if (!fill(1)) {
            return null;
        }
        if (!fill(4)) {
            throw new EOFException("incomplete startup packet");
        }
        int len = buffer.getInt() - 4;
        if (len < 4 || len > MAX_STARTUP_PACKET_LENGTH) {
            throw fatal("invalid length of startup packet");
        }
        return readBody(len);
    }

    /**
     * Reads one message.
     *
     * @return the message, or null at a clean end of stream between messages
     */
    public RawMessage readMessage() throws IOException {
        if (!fill(1)) {
            return null;
        }
        byte type = buffer.get();
        if (!fill(4)) {
            throw new EOFException("unexpected EOF within message length word");
        }
        int len = buffer.getInt();
        if (len < 4 || len - 4 > limitFor(type)) {
            throw fatal("invalid message length");
        }
        return new RawMessage(type, readBody(len - 4));
    }

    private int limitFor(byte type) {
        return switch (type) {
            case 'X', 'C', 'D', 'E', 'H', 'S', 'c', 'f' -> SMALL_MESSAGE_LIMIT;
            default -> maxMessageSize;
        };
    }

    /**
     * Reads a body of {@code len} bytes. The array grows as the bytes actually arrive, so that a
     * length word claiming hundreds of megabytes costs memory only once the data is sent.
     */
    private byte[] readBody(int len) throws IOException {
        byte[] body = new byte[Math.min(len, Math.max(buffer.capacity(), INITIAL_BODY_ALLOCATION))];
        int filled = Math.min(len, buffer.remaining());
        buffer.get(body, 0, filled);
        while (filled < len) {
            if (filled == body.length) {
                body = Arrays.copyOf(body, (int) Math.min(len, 2L * body.length));
            }
            int n = in.read(ByteBuffer.wrap(body, filled, body.length - filled));
            if (n < 0) {
                throw new EOFException("incomplete message from client");
            }
            filled += n;
        }
        return body;
    }

    /** Makes at least {@code n} bytes available; false at end of stream. */
    private boolean fill(int n) throws IOException {
        if (buffer.remaining() >= n) {
            return true;
        }
        buffer.compact();
        try {
            while (buffer.position() < n) {
                if (in.read(buffer) < 0) {
                    return false;
                }
            }
        } finally {
            buffer.flip();
        }
        return true;
    }

    static PgException fatal(String message) {
        return new PgException(SqlState.PROTOCOL_VIOLATION, Severity.FATAL, message, null, null, 0, null);
    }

    /** One frontend message as framed: its type byte and body. */
    public record RawMessage(byte type, byte[] body) {
    }
}
