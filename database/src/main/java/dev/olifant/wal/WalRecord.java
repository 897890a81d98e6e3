package dev.olifant.wal;

import java.util.zip.CRC32C;

/**
 * One WAL record as read back: its position, type, transaction id and payload.
 *
 * <p>On disk a record is a 17-byte header followed by the payload, little room wasted on
 * alignment: {@code int totalLength} (header included), {@code byte type}, {@code long xid},
 * {@code int crc}; the CRC32C covers the length, type, xid and payload. Records follow each
 * other without padding and may span segment files.
 */
public record WalRecord(long lsn, RecordType type, long xid, byte[] payload) {
    public static final int HEADER_SIZE = 17;
    /** Larger lengths are treated as garbage: no record the server writes comes near it. */
    public static final int MAX_LENGTH = 1 << 30;

    /** The LSN just past this record. */
    public long endLsn() {
        return lsn + HEADER_SIZE + payload.length;
    }

    /** Appends one encoded record to {@code out}. */
    public static void encode(WalOutput out, RecordType type, long xid, byte[] payload, int off, int len) {
        int start = out.length();
        out.i32(HEADER_SIZE + len).u8(type.code()).i64(xid).i32(0).bytes(payload, off, len);
        out.putI32At(start + 13, crc(out.array(), start, HEADER_SIZE + len));
    }

    /** CRC32C of a whole encoded record, skipping its own CRC field. */
    static int crc(byte[] rec, int off, int len) {
        return crc(new CRC32C(), rec, off, len);
    }

    /** The same with a caller's checksum object (reset here), so that a reader allocates none per record. */
    static int crc(CRC32C c, byte[] rec, int off, int len) {
        c.reset();
        c.update(rec, off, 13);
        c.update(rec, off + HEADER_SIZE, len - HEADER_SIZE);
        return (int) c.getValue();
    }
}
