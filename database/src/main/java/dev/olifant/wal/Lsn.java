package dev.olifant.wal;


/**
 * Log sequence numbers: a 64-bit byte position in the WAL, written as PostgreSQL writes them
 * ({@code 16/B374D848}: high and low 32 bits in hex), and the segment a position falls in.
 */
public final class Lsn {
    /** Segment size: 16 MiB, as PostgreSQL's default wal_segment_size. */
    public static final long SEGMENT_SIZE = 16L * 1024 * 1024;
    /** The timeline every segment name carries; only timeline 1 exists until promotion arrives. */
    public static final int TIMELINE = 1;
    /** The first position ever written: PostgreSQL also starts past the first segment's header. */
    public static final long START = SEGMENT_SIZE;

    private Lsn() {
    }

    public static String format(long lsn) {
        return dev.olifant.types.PgLsn.format(lsn);
    }

    public static long parse(String text) {
        return dev.olifant.types.PgLsn.parse(text);
    }

    public static long segmentNumber(long lsn) {
        return Long.divideUnsigned(lsn, SEGMENT_SIZE);
    }

    /** PostgreSQL's segment file name: timeline, then the segment number as two 8-digit hex halves. */
    public static String segmentName(long segmentNumber) {
        long perId = 0x100000000L / SEGMENT_SIZE;
        return String.format("%08X%08X%08X", TIMELINE, segmentNumber / perId, segmentNumber % perId);
    }

    /** The segment number a file name denotes, or -1 when it is not a segment name. */
    public static long parseSegmentName(String name) {
        if (name.length() != 24 || !name.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            return -1;
        }
        long perId = 0x100000000L / SEGMENT_SIZE;
        return Long.parseLong(name.substring(8, 16), 16) * perId + Long.parseLong(name.substring(16, 24), 16);
    }
}
