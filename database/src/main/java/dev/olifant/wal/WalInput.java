package dev.olifant.wal;

import java.nio.charset.StandardCharsets;

/** Reads what {@link WalOutput} wrote. A read past the end throws {@link WalFormatException}. */
public final class WalInput {
    private byte[] buf;
    private int pos;
    private int end;
    /** The last string read and a copy of its bytes (see {@link #str}). */
    private String lastString;
    private byte[] lastBytes = new byte[64];
    private int lastLength;

    public WalInput(byte[] buf) {
        this(buf, 0, buf.length);
    }

    public WalInput(byte[] buf, int off, int len) {
        this.buf = buf;
        this.pos = off;
        this.end = off + len;
    }

    /**
     * Reads {@code len} bytes of {@code b} from {@code off} next: one input serves record after
     * record, and the caller may reuse its arrays in between.
     */
    public WalInput reset(byte[] b, int off, int len) {
        this.buf = b;
        this.pos = off;
        this.end = off + len;
        return this;
    }

    private void need(int n) {
        if (n < 0 || pos + n > end) {
            throw new WalFormatException("record payload ends unexpectedly");
        }
    }

    public int u8() {
        need(1);
        return buf[pos++] & 0xFF;
    }

    public int i32() {
        need(4);
        int v = (buf[pos] & 0xFF) << 24 | (buf[pos + 1] & 0xFF) << 16 | (buf[pos + 2] & 0xFF) << 8 | buf[pos + 3] & 0xFF;
        pos += 4;
        return v;
    }

    public long i64() {
        return (long) i32() << 32 | i32() & 0xFFFFFFFFL;
    }

    public boolean bool() {
        return u8() != 0;
    }

    public byte[] bytes(int n) {
        need(n);
        byte[] b = java.util.Arrays.copyOfRange(buf, pos, pos + n);
        pos += n;
        return b;
    }

    public byte[] blob() {
        return bytes(i32());
    }

    /**
     * A string; one equal to the last string read (byte for byte) is that same String, so rows
     * repeating a value (a filler column, a status) share it instead of each holding a copy.
     */
    public String str() {
        int n = i32();
        if (n == -1) {
            return null;
        }
        need(n);
        String s;
        if (lastString != null && n == lastLength && java.util.Arrays.equals(buf, pos, pos + n, lastBytes, 0, n)) {
            s = lastString;
        } else {
            s = new String(buf, pos, n, StandardCharsets.UTF_8);
            if (lastBytes.length < n) {
                lastBytes = new byte[Math.max(n, lastBytes.length * 2)];
            }
            System.arraycopy(buf, pos, lastBytes, 0, n);
            lastString = s;
            lastLength = n;
        }
        pos += n;
        return s;
    }

    public Object value() {
        return ValueCodec.read(this);
    }

    public boolean atEnd() {
        return pos >= end;
    }

    public int remaining() {
        return end - pos;
    }
}
