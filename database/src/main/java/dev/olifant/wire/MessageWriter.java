package dev.olifant.wire;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Builds backend messages in one growing buffer and writes them out only on {@link #flush()} or
 * when the buffer passes {@link #FLUSH_THRESHOLD} at a message boundary.
 */
public final class MessageWriter {
    static final int FLUSH_THRESHOLD = 64 * 1024;

    private final WritableByteChannel out;
    private byte[] buf = new byte[16 * 1024];
    private int pos;
    private int messageStart = -1;

    public MessageWriter(WritableByteChannel out) {
        this.out = out;
    }

    /** Starts a message: type byte and a length word patched by {@link #end()}. */
    public MessageWriter begin(char type) {
        discardUnfinished();
        ensure(5);
        buf[pos++] = (byte) type;
        messageStart = pos;
        pos += 4;
        return this;
    }

    public MessageWriter int8(int v) {
        ensure(1);
        buf[pos++] = (byte) v;
        return this;
    }

    public MessageWriter int16(int v) {
        ensure(2);
        buf[pos++] = (byte) (v >>> 8);
        buf[pos++] = (byte) v;
        return this;
    }

    public MessageWriter int32(int v) {
        ensure(4);
        putInt(pos, v);
        pos += 4;
        return this;
    }

    public MessageWriter bytes(byte[] b, int off, int len) {
        ensure(len);
        System.arraycopy(b, off, buf, pos, len);
        pos += len;
        return this;
    }

    public MessageWriter bytes(byte[] b) {
        return bytes(b, 0, b.length);
    }

    /** A NUL-terminated UTF-8 string; an embedded NUL would break the framing and is dropped. */
    public MessageWriter cstring(String s) {
        byte[] b = (s.indexOf('\0') >= 0 ? s.replace("\0", "") : s).getBytes(StandardCharsets.UTF_8);
        ensure(b.length + 1);
        System.arraycopy(b, 0, buf, pos, b.length);
        pos += b.length;
        buf[pos++] = 0;
        return this;
    }

    /** Closes the open message by writing its length. */
    public void end() {
        putInt(messageStart, pos - messageStart);
        messageStart = -1;
    }

    /** Writes one raw byte outside any message (the answer to SSLRequest). */
    public void rawByte(char b) {
        ensure(1);
        buf[pos++] = (byte) b;
    }

    public int buffered() {
        return pos;
    }

    /** Flushes when enough output has accumulated; called between messages. */
    public void flushIfLarge() throws IOException {
        if (pos >= FLUSH_THRESHOLD) {
            flush();
        }
    }

    public void flush() throws IOException {
        discardUnfinished();
        ByteBuffer bb = ByteBuffer.wrap(buf, 0, pos);
        while (bb.hasRemaining()) {
            out.write(bb);
        }
        pos = 0;
        if (buf.length > 4 * FLUSH_THRESHOLD) {
            buf = new byte[16 * 1024];
        }
    }

    /**
     * Drops a message whose writing failed half-way (a value that could not be encoded), so that
     * the error reported in its place reaches the client framed correctly.
     */
    private void discardUnfinished() {
        if (messageStart >= 0) {
            pos = messageStart - 1;
            messageStart = -1;
        }
    }

    private void putInt(int at, int v) {
        buf[at] = (byte) (v >>> 24);
        buf[at + 1] = (byte) (v >>> 16);
        buf[at + 2] = (byte) (v >>> 8);
        buf[at + 3] = (byte) v;
    }

    private void ensure(int n) {
        if (pos + n > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, pos + n));
        }
    }
}
