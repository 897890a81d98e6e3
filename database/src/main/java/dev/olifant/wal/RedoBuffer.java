package dev.olifant.wal;

/**
 * A transaction's redo records, buffered in memory until commit (nothing is logged for a
 * transaction that aborts). Tuple ids and relfilenodes are the ones the primary used, so replay
 * recreates each version at its original tuple id.
 *
 * <p>Each entry is {@code type (1 byte), payload length (4), payload}; headers with the xid and
 * CRC are added when {@link #encodeBatch} builds the commit batch. {@link #mark()} and
 * {@link #truncate(int)} let a subtransaction's records be forgotten when it rolls back. A catalog
 * image goes first in the batch, so row records that refer to a table created or truncated by the
 * same transaction find its storage at replay.
 *
 * <p>Owned by one session: not thread-safe.
 */
public final class RedoBuffer {
    private final WalOutput entries = new WalOutput(128);
    private final WalOutput catalogs = new WalOutput(16);

    /** A position to {@link #truncate} back to. */
    public int mark() {
        return entries.length();
    }

    /** Forgets every row record added after {@code mark}. */
    public void truncate(int mark) {
        if (mark < entries.length()) {
            entries.truncate(mark);
        }
    }

    public boolean isEmpty() {
        return entries.length() == 0 && catalogs.length() == 0;
    }

    /** A new tuple version at {@code tid} in relfilenode {@code rel}. */
    public void heapInsert(long rel, long tid, Object[] values) {
        int at = begin(RecordType.HEAP_INSERT);
        entries.i64(rel).i64(tid).i32(values.length);
        for (Object v : values) {
            ValueCodec.write(entries, v);
        }
        end(at);
    }

    /** The version at {@code tid} deleted, or replaced by the one at {@code next} (-1 for none). */
    public void heapDelete(long rel, long tid, long next) {
        int at = begin(RecordType.HEAP_DELETE);
        entries.i64(rel).i64(tid).i64(next);
        end(at);
    }

    /** A database's catalog image as of commit (replaces one set before). */
    public void catalog(long database, byte[] image) {
        catalogs.truncate(0);
        catalogs.u8(RecordType.CATALOG.code()).i32(image.length + 8).i64(database).bytes(image);
    }

    private int begin(RecordType type) {
        entries.u8(type.code()).i32(0);
        return entries.length();
    }

    private void end(int payloadStart) {
        entries.putI32At(payloadStart - 4, entries.length() - payloadStart);
    }

    /** Encodes the commit batch: catalog image, row records, then COMMIT with {@code commitMicros}. */
    public void encodeBatch(long xid, long commitMicros, WalOutput out) {
        copy(catalogs, xid, out);
        copy(entries, xid, out);
        byte[] ts = new WalOutput(8).i64(commitMicros).toByteArray();
        WalRecord.encode(out, RecordType.COMMIT, xid, ts, 0, ts.length);
    }

    private static void copy(WalOutput from, long xid, WalOutput out) {
        byte[] b = from.array();
        int pos = 0;
        int n = from.length();
        while (pos < n) {
            RecordType type = RecordType.of(b[pos]);
            int len = (b[pos + 1] & 0xFF) << 24 | (b[pos + 2] & 0xFF) << 16 | (b[pos + 3] & 0xFF) << 8 | b[pos + 4] & 0xFF;
            WalRecord.encode(out, type, xid, b, pos + 5, len);
            pos += 5 + len;
        }
    }

    /** Bytes buffered so far (a rough size of the batch). */
    public int size() {
        return entries.length() + catalogs.length();
    }
}
