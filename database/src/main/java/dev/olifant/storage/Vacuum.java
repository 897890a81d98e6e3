package dev.olifant.storage;

import java.util.Arrays;

/**
 * Vacuum of one table (PostgreSQL's lazy vacuum, without pages): a pass over the heap asks the
 * judge about every version; the removable ones are collected, their entries deleted from every
 * index in one pass per index, and only then their heap slots freed, so an index entry never
 * outlives the check that its version is gone for good.
 *
 * <p>It runs beside readers and writers without a lock: removable versions are visible to no
 * snapshot, so no scan can return them, and index scans and fetches already treat a freed slot
 * as absent. Dead tuple ids are collected in batches of {@link #BATCH} (PostgreSQL's
 * maintenance_work_mem), so vacuuming a large table needs bounded memory.
 */
public final class Vacuum {
    static final int BATCH = 1 << 20;

    private Vacuum() {
    }

    public static VacuumResult run(TableStorage table, VersionJudge judge) {
        Heap heap = table.heap();
        long end = heap.size();
        long scanned = 0;
        long removed = 0;
        long live = 0;
        long recentlyDead = 0;
        long[] dead = new long[64];
        int n = 0;
        for (long tid = heap.nextInUse(0); tid < end; tid = heap.nextInUse(tid + 1)) {
            TupleVersion t = heap.fetch(tid);
            if (t == null) {
                continue;
            }
            scanned++;
            switch (judge.judge(t)) {
                case LIVE -> live++;
                case RECENTLY_DEAD -> recentlyDead++;
                case REMOVABLE -> {
                    if (n == dead.length) {
                        dead = Arrays.copyOf(dead, n * 2);
                    }
                    dead[n++] = tid;
                    if (n == BATCH) {
                        removed += removeBatch(table, dead, n);
                        n = 0;
                    }
                }
            }
        }
        removed += removeBatch(table, dead, n);
        return new VacuumResult(scanned, removed, live, recentlyDead);
    }

    /** Deletes the index entries of {@code tids[0..n)} (ascending), then frees their slots. */
    private static long removeBatch(TableStorage table, long[] tids, int n) {
        if (n == 0) {
            return 0;
        }
        for (OrderedIndex index : table.indexes()) {
            index.removeTids(tid -> Arrays.binarySearch(tids, 0, n, tid) >= 0);
        }
        long removed = 0;
        for (int i = 0; i < n; i++) {
            if (table.heap().remove(tids[i])) {
                removed++;
            }
        }
        return removed;
    }
}
