package dev.olifant.wal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The segment files in {@code pg_wal}: naming, listing, cutting the log, removing old ones. */
public final class WalSegments {
    public static final String DIR = "pg_wal";

    private WalSegments() {
    }

    public static String path(long segment) {
        return DIR + "/" + Lsn.segmentName(segment);
    }

    /** Segment numbers present, ascending. */
    public static List<Long> list(WalStorage storage) throws IOException {
        List<Long> out = new ArrayList<>();
        for (String name : storage.list(DIR)) {
            long n = Lsn.parseSegmentName(name);
            if (n >= 0) {
                out.add(n);
            }
        }
        Collections.sort(out);
        return out;
    }

    /**
     * Cuts the log at {@code endLsn}: the segment holding it is truncated there and every later
     * segment removed, so bytes of a torn record can never be mistaken for records written later.
     */
    public static void cutAt(WalStorage storage, long endLsn) throws IOException {
        long seg = Lsn.segmentNumber(endLsn);
        for (long s : list(storage)) {
            if (s > seg) {
                storage.delete(path(s));
            } else if (s == seg) {
                try (WalChannel ch = storage.open(path(s), false)) {
                    long keep = endLsn - seg * Lsn.SEGMENT_SIZE;
                    if (ch.size() > keep) {
                        ch.truncate(keep);
                        ch.force();
                    }
                }
            }
        }
        storage.syncDirectory(DIR);
    }

    /** Removes segments that end at or before {@code keepFrom}; returns how many. */
    public static int removeBefore(WalStorage storage, long keepFrom) throws IOException {
        long keepSeg = Lsn.segmentNumber(keepFrom);
        int n = 0;
        for (long s : list(storage)) {
            if (s < keepSeg) {
                storage.delete(path(s));
                n++;
            }
        }
        return n;
    }
}
