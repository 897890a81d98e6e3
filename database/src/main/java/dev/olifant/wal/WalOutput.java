package dev.olifant.wal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A growable big-endian byte buffer for payloads, images and batches. */
public final class WalOutput {
    private byte[] buf;
    private int len;

    public WalOutput() {
        this(256);
    }

    public WalOutput(int capacity) {
        buf = new byte[Math.max(16, capacity)];
    }

    private void ensure(int more) {
        if (len + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
        }
    }

    public WalOutput u8(int v) {
        ensure(1);
        buf[len++] = (byte) v;
        return this;
    }

    public WalOutput i32(int v) {
        ensure(4);
        buf[len] = (byte) (v >>> 24);
        buf[len + 1] = (byte) (v >>> 16);
        buf[len + 2] = (byte) (v >>> 8);
        buf[len + 3] = (byte) v;
        len += 4;
        return this;
    }

    public WalOutput i64(long v) {
        i32((int) (v >>> 32));
        return i32((int) v);
    }

    public WalOutput bool(boolean v) {
        return u8(v ? 1 : 0);
    }

    public WalOutput bytes(byte[] b) {
        return bytes(b, 0, b.length);
    }

    public WalOutput bytes(byte[] b, int off, int n) {
        ensure(n);
        System.arraycopy(b, off, buf, len, n);
        len += n;
        return this;
    }

    /** A length-prefixed byte string. */
    public WalOutput blob(byte[] b) {
        i32(b.length);
        return bytes(b);
    }

    /** A string as length-prefixed UTF-8; null as length -1. */
    public WalOutput str(String s) {
        if (s == null) {
            return i32(-1);
        }
        return blob(s.getBytes(StandardCharsets.UTF_8));
    }

    public WalOutput value(Object v) {
        ValueCodec.write(this, v);
        return this;
    }

    public int length() {
        return len;
    }

    /** Forgets everything after {@code length} bytes. */
    public void truncate(int length) {
        if (length < 0 || length > len) {
            throw new IllegalArgumentException("truncate to " + length + " of " + len);
        }
        len = length;
    }

    public void putI32At(int pos, int v) {
        buf[pos] = (byte) (v >>> 24);
        buf[pos + 1] = (byte) (v >>> 16);
        buf[pos + 2] = (byte) (v >>> 8);
        buf[pos + 3] = (byte) v;
    }

    /** The backing array; valid up to {@link #length()}. */
    public byte[] array() {
        return buf;
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(buf, len);
    }
}
