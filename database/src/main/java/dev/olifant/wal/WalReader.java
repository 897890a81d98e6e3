package dev.olifant.wal;

import java.io.IOException;
import java.util.List;

/**
 * Reads records from a start LSN onwards, across segment files.
 *
 * <p>The log ends at the first position where no complete, valid record starts: a missing last
 * segment, a short read, a length out of range, an unknown type or a CRC mismatch. That is how a
 * torn last write looks after a crash, and recovery cuts the log there. A segment missing while
 * a later one exists is not an end but a gap: {@link WalGapException}.
 */
public final class WalReader {
    private static final int SEGMENT_BITS = Long.numberOfTrailingZeros(Lsn.SEGMENT_SIZE);
    private static final long SEGMENT_MASK = Lsn.SEGMENT_SIZE - 1;
    private final WalStorage storage;
    private final List<Long> segments;
    private long pos;
    private long loadedSegment = -1;
    /** The loaded segment's bytes: the first {@code segmentLength} of an array reused segment after segment. */
    private byte[] segmentBytes;
    private int segmentLength;
    private String endReason = "";
    /** The current record (see {@link #advance}): where its bytes are, and its header fields. */
    private byte[] buf;
    private int bufOff;
    private int length;
    private long recordLsn;
    private RecordType type;
    private long xid;
    private final java.util.zip.CRC32C crc = new java.util.zip.CRC32C();

    public WalReader(WalStorage storage, long startLsn) throws IOException {
        this.storage = storage;
        this.segments = WalSegments.list(storage);
        this.pos = startLsn;
    }

    /** The position after the last record read: where the valid log ends once {@link #next} returned null. */
    public long position() {
        return pos;
    }

    /** Why reading stopped ("" while it has not). */
    public String endReason() {
        return endReason;
    }

    /** The next record (its payload copied), or null at the end of the valid log. */
    public WalRecord next() throws IOException {
        if (!advance()) {
            return null;
        }
        return new WalRecord(recordLsn, type, xid,
                java.util.Arrays.copyOfRange(buf, bufOff + WalRecord.HEADER_SIZE, bufOff + length));
    }

    /**
     * Moves to the next record without copying it: afterwards {@link #type}, {@link #xid},
     * {@link #lsn} and the payload ({@link #buffer} from {@link #payloadOffset}, {@link
     * #payloadLength} bytes) describe it until the next call. The payload usually lies in the
     * segment read whole into memory; only a record spanning two segments is assembled in a
     * new array. The segment's array is reused for the next segment, so the bytes are valid
     * only until the next call: a caller that keeps them copies them. False at the end of the
     * valid log.
     */
    public boolean advance() throws IOException {
        if (!locate(pos, WalRecord.HEADER_SIZE)) {
            return false;
        }
        byte[] b = buf;
        int o = bufOff;
        int len = (b[o] & 0xFF) << 24 | (b[o + 1] & 0xFF) << 16 | (b[o + 2] & 0xFF) << 8 | b[o + 3] & 0xFF;
        if (len < WalRecord.HEADER_SIZE || len > WalRecord.MAX_LENGTH) {
            endReason = len == 0 ? "zero record length" : "invalid record length " + len;
            return false;
        }
        RecordType t = RecordType.of(b[o + 4]);
        if (t == null) {
            endReason = "invalid record type " + b[o + 4];
            return false;
        }
        if (!locate(pos, len)) {
            endReason = "record at " + Lsn.format(pos) + " is incomplete";
            return false;
        }
        b = buf;
        o = bufOff;
        int stored = (b[o + 13] & 0xFF) << 24 | (b[o + 14] & 0xFF) << 16 | (b[o + 15] & 0xFF) << 8 | b[o + 16] & 0xFF;
        if (WalRecord.crc(crc, b, o, len) != stored) {
            endReason = "incorrect resource manager data checksum in record at " + Lsn.format(pos);
            return false;
        }
        long hi = (b[o + 5] & 0xFF) << 24 | (b[o + 6] & 0xFF) << 16 | (b[o + 7] & 0xFF) << 8 | b[o + 8] & 0xFF;
        long lo = (b[o + 9] & 0xFF) << 24 | (b[o + 10] & 0xFF) << 16 | (b[o + 11] & 0xFF) << 8 | b[o + 12] & 0xFF;
        xid = hi << 32 | lo & 0xFFFFFFFFL;
        type = t;
        length = len;
        recordLsn = pos;
        pos += len;
        return true;
    }

    /** The current record's LSN (after {@link #advance}). */
    public long lsn() {
        return recordLsn;
    }

    public RecordType type() {
        return type;
    }

    public long xid() {
        return xid;
    }

    /** The array holding the current record; its bytes are valid until the next {@link #advance}. */
    public byte[] buffer() {
        return buf;
    }

    public int payloadOffset() {
        return bufOff + WalRecord.HEADER_SIZE;
    }

    public int payloadLength() {
        return length - WalRecord.HEADER_SIZE;
    }

    /**
     * Points {@code buf}/{@code bufOff} at {@code n} bytes at {@code lsn}: inside the loaded
     * segment when they lie in one, else copied into a new array. False when the log
     * ends before them.
     */
    private boolean locate(long lsn, int n) throws IOException {
        // The common case, kept small for the JIT; the first call always takes the other path (no
        // segment is loaded yet), so the compiled code never traps on a segment change.
        if (lsn >>> SEGMENT_BITS == loadedSegment) {
            int inSeg = (int) (lsn & SEGMENT_MASK);
            if (inSeg + (long) n <= segmentLength) {
                buf = segmentBytes;
                bufOff = inSeg;
                return true;
            }
        }
        return locateAcross(lsn, n);
    }

    /** {@link #locate} when the bytes lie outside the loaded segment: loads, or assembles a record spanning two. */
    private boolean locateAcross(long lsn, int n) throws IOException {
        long seg = Lsn.segmentNumber(lsn);
        if (!load(seg)) {
            return false;
        }
        int inSeg = (int) (lsn - seg * Lsn.SEGMENT_SIZE);
        if (inSeg + (long) n <= segmentLength) {
            buf = segmentBytes;
            bufOff = inSeg;
            return true;
        }
        byte[] scratch = new byte[n];
        int off = 0;
        long p = lsn;
        while (off < n) {
            seg = Lsn.segmentNumber(p);
            if (!load(seg)) {
                return false;
            }
            inSeg = (int) (p - seg * Lsn.SEGMENT_SIZE);
            int avail = segmentLength - inSeg;
            if (avail <= 0) {
                endReason = "end of WAL in segment " + Lsn.segmentName(seg);
                return false;
            }
            int take = Math.min(avail, n - off);
            System.arraycopy(segmentBytes, inSeg, scratch, off, take);
            off += take;
            p += take;
            if (off < n && inSeg + take < Lsn.SEGMENT_SIZE) {
                endReason = "end of WAL in segment " + Lsn.segmentName(seg);
                return false; // the segment is short: nothing was written after this point
            }
        }
        buf = scratch;
        bufOff = 0;
        return true;
    }

    private boolean load(long seg) throws IOException {
        if (seg == loadedSegment) {
            return true;
        }
        if (!segments.contains(seg)) {
            for (long s : segments) {
                if (s > seg) {
                    throw new WalGapException("could not find WAL segment " + Lsn.segmentName(seg)
                            + " needed for recovery, although later segment " + Lsn.segmentName(s) + " exists");
                }
            }
            endReason = "no WAL segment " + Lsn.segmentName(seg);
            return false;
        }
        // Fresh memory is expensive to touch (a page fault per page): one array serves every segment.
        loadedSegment = -1;
        byte[] reuse = segmentBytes;
        WalStorage.Read read = storage.readInto(WalSegments.path(seg),
                size -> reuse != null && reuse.length >= size ? reuse : new byte[size]);
        segmentBytes = read.bytes();
        segmentLength = read.length();
        loadedSegment = seg;
        return true;
    }

    /** A hole in the middle of the log: recovery cannot go on. */
    public static final class WalGapException extends IOException {
        public WalGapException(String message) {
            super(message);
        }
    }
}
