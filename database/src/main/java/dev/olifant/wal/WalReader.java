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
    private final WalStorage storage;
    private final List<Long> segments;
    private long pos;
    private long loadedSegment = -1;
    private byte[] segmentBytes;
    private String endReason = "";

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

    /** The next record, or null at the end of the valid log. */
    public WalRecord next() throws IOException {
        byte[] header = read(pos, WalRecord.HEADER_SIZE);
        if (header == null) {
            return null;
        }
        int len = (header[0] & 0xFF) << 24 | (header[1] & 0xFF) << 16 | (header[2] & 0xFF) << 8 | header[3] & 0xFF;
        if (len < WalRecord.HEADER_SIZE || len > WalRecord.MAX_LENGTH) {
            endReason = len == 0 ? "zero record length" : "invalid record length " + len;
            return null;
        }
        RecordType type = RecordType.of(header[4]);
        if (type == null) {
            endReason = "invalid record type " + header[4];
            return null;
        }
        byte[] whole = read(pos, len);
        if (whole == null) {
            endReason = "record at " + Lsn.format(pos) + " is incomplete";
            return null;
        }
        int stored = (whole[13] & 0xFF) << 24 | (whole[14] & 0xFF) << 16 | (whole[15] & 0xFF) << 8 | whole[16] & 0xFF;
        if (WalRecord.crc(whole, 0, len) != stored) {
            endReason = "incorrect resource manager data checksum in record at " + Lsn.format(pos);
            return null;
        }
        long xid = new WalInput(whole, 5, 8).i64();
        byte[] payload = java.util.Arrays.copyOfRange(whole, WalRecord.HEADER_SIZE, len);
        WalRecord r = new WalRecord(pos, type, xid, payload);
        pos += len;
        return r;
    }

    /** {@code n} bytes at {@code lsn}, or null when the log ends before them. */
    private byte[] read(long lsn, int n) throws IOException {
        byte[] out = new byte[n];
        int off = 0;
        long p = lsn;
        while (off < n) {
            long seg = Lsn.segmentNumber(p);
            if (!load(seg)) {
                return null;
            }
            int inSeg = (int) (p - seg * Lsn.SEGMENT_SIZE);
            int avail = segmentBytes.length - inSeg;
            if (avail <= 0) {
                endReason = "end of WAL in segment " + Lsn.segmentName(seg);
                return null;
            }
            int take = Math.min(avail, n - off);
            System.arraycopy(segmentBytes, inSeg, out, off, take);
            off += take;
            p += take;
            if (off < n && inSeg + take < Lsn.SEGMENT_SIZE) {
                endReason = "end of WAL in segment " + Lsn.segmentName(seg);
                return null; // the segment is short: nothing was written after this point
            }
        }
        return out;
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
        segmentBytes = storage.readAll(WalSegments.path(seg));
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
