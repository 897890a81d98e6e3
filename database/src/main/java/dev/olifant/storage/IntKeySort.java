package dev.olifant.storage;

import java.util.Arrays;

/**
 * The sort of an index bulk build when the key is one ascending integer column whose values all
 * fit in an int (a serial primary key): each entry becomes one primitive long, the key in the
 * high half and the entry's position in the low half, and a
 * primitive sort of those replaces the comparator sort of boxed keys. Runs of equal keys are then
 * put in tuple id order, and NULL keys go first or last as the index says.
 */
final class IntKeySort {
    private IntKeySort() {
    }

    /**
     * Positions of the entries {@code (keys[i][0], tids[i])} in index order (key, then tuple id),
     * or null when a key is not an int2/int4 value or an int8 value within the int range.
     */
    static int[] order(Object[][] keys, long[] tids, int n, boolean nullsFirst) {
        long[] packed = new long[n];
        int[] nulls = new int[0];
        int nullCount = 0;
        int count = 0;
        for (int i = 0; i < n; i++) {
            Object k = keys[i][0];
            long v;
            switch (k) {
                case null -> {
                    if (nullCount == nulls.length) {
                        nulls = Arrays.copyOf(nulls, Math.max(16, nullCount * 2));
                    }
                    nulls[nullCount++] = i;
                    continue;
                }
                case Integer x -> v = x;
                case Short x -> v = x;
                case Long x when x >= Integer.MIN_VALUE && x <= Integer.MAX_VALUE -> v = x;
                default -> {
                    return null;
                }
            }
            packed[count++] = v << 32 | i; // v is within the int range: signed order is (key, position)
        }
        if (count > 1 << 16) {
            Arrays.parallelSort(packed, 0, count);
        } else {
            Arrays.sort(packed, 0, count);
        }
        int[] out = new int[n];
        int at = nullsFirst ? nullCount : 0;
        int start = at;
        for (int j = 0; j < count; j++) {
            out[at + j] = (int) packed[j];
        }
        // Within a run of equal keys the positions ascend; the tuple ids must.
        int runStart = 0;
        for (int j = 1; j <= count; j++) {
            if (j == count || packed[j] >>> 32 != packed[runStart] >>> 32) {
                if (j - runStart > 1) {
                    byTid(out, start + runStart, start + j, tids);
                }
                runStart = j;
            }
        }
        int nullAt = nullsFirst ? 0 : count;
        System.arraycopy(nulls, 0, out, nullAt, nullCount);
        byTid(out, nullAt, nullAt + nullCount, tids);
        return out;
    }

    /** Orders {@code pos[from, to)} by tuple id unless it already is. */
    private static void byTid(int[] pos, int from, int to, long[] tids) {
        boolean sorted = true;
        for (int i = from + 1; i < to && sorted; i++) {
            sorted = tids[pos[i - 1]] < tids[pos[i]];
        }
        if (!sorted) {
            Integer[] boxed = new Integer[to - from];
            for (int i = from; i < to; i++) {
                boxed[i - from] = pos[i];
            }
            Arrays.sort(boxed, (a, b) -> Long.compare(tids[a], tids[b]));
            for (int i = from; i < to; i++) {
                pos[i] = boxed[i - from];
            }
        }
    }
}
