package dev.olifant.txn;

import java.util.Arrays;

/**
 * Which transactions' effects a statement sees, as PostgreSQL's SnapshotData: every transaction
 * below {@code xmin} has ended; none at or above {@code xmax} had started; between them, those in
 * {@code running} (sorted) were still running when the snapshot was taken.
 */
public record Snapshot(long xmin, long xmax, long[] running) {

    /** True when {@code xid}'s effects must be treated as not yet happened. */
    public boolean isRunning(long xid) {
        if (xid >= xmax) {
            return true;
        }
        if (xid < xmin) {
            return false;
        }
        return Arrays.binarySearch(running, xid) >= 0;
    }

    @Override
    public String toString() {
        return xmin + ":" + xmax + ":" + Arrays.toString(running);
    }
}
