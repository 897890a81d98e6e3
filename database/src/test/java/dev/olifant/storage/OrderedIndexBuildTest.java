package dev.olifant.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A bulk-built index answers exactly as one built entry by entry, and stays usable afterwards. */
class OrderedIndexBuildTest {

    @SuppressWarnings("unchecked")
    private static IndexKeyOrder order(int columns, boolean descending) {
        Comparator<Object> c = (a, b) -> Long.compare(((Number) a).longValue(), ((Number) b).longValue());
        Comparator<Object>[] cs = new Comparator[columns];
        boolean[] desc = new boolean[columns];
        boolean[] nullsFirst = new boolean[columns];
        for (int i = 0; i < columns; i++) {
            cs[i] = c;
            desc[i] = descending;
            nullsFirst[i] = descending;
        }
        return new IndexKeyOrder(cs, desc, nullsFirst);
    }

    private static List<Long> tids(Iterator<Long> it) {
        List<Long> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }

    private static void compare(int columns, boolean descending, boolean hashed, int n) {
        compare(columns, descending, hashed, n, n / 3 + 1);
    }

    private static void compare(int columns, boolean descending, boolean hashed, int n, int distinctKeys) {
        Random r = new Random(columns * 31 + n);
        OrderedIndex one = new OrderedIndex(order(columns, descending), hashed);
        Object[][] keys = new Object[n][];
        long[] tids = new long[n];
        for (int i = 0; i < n; i++) {
            Object[] key = new Object[columns];
            for (int c = 0; c < columns; c++) {
                key[c] = r.nextInt(20) == 0 ? null : r.nextInt(distinctKeys);
            }
            keys[i] = key;
            tids[i] = 3L * i + r.nextInt(3);
            one.insert(key, tids[i]);
        }
        // The bulk loader sorts: hand it the entries shuffled.
        for (int i = n - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            Object[] k = keys[i];
            keys[i] = keys[j];
            keys[j] = k;
            long t = tids[i];
            tids[i] = tids[j];
            tids[j] = t;
        }
        OrderedIndex bulk = OrderedIndex.build(order(columns, descending), hashed, keys, tids, n);
        assertThat(bulk.size()).isEqualTo(one.size());
        assertThat(bulk.hashed()).isEqualTo(one.hashed());
        assertThat(tids(bulk.range(null, true, null, true, false))).isEqualTo(tids(one.range(null, true, null, true, false)));
        assertThat(tids(bulk.range(null, true, null, true, true))).isEqualTo(tids(one.range(null, true, null, true, true)));
        for (int key = -1; key <= distinctKeys; key++) {
            Object[] prefix = {key};
            assertThat(tids(bulk.lookup(prefix))).isEqualTo(tids(one.lookup(prefix)));
            Object[] high = {descending ? key - 5 : key + 5}; // a bound further along in index order
            assertThat(tids(bulk.range(prefix, false, high, true, false)))
                    .isEqualTo(tids(one.range(prefix, false, high, true, false)));
        }
        assertThat(tids(bulk.lookup(new Object[] {null}))).isEqualTo(tids(one.lookup(new Object[] {null})));
        // Still an ordinary index: inserts, removes and vacuum's bulk delete work on it.
        bulk.insert(new Object[columns], 1L << 40);
        one.insert(new Object[columns], 1L << 40);
        bulk.remove(keys[0], tids[0]);
        one.remove(keys[0], tids[0]);
        bulk.removeTids(t -> t % 5 == 0);
        one.removeTids(t -> t % 5 == 0);
        assertThat(tids(bulk.range(null, true, null, true, false))).isEqualTo(tids(one.range(null, true, null, true, false)));
        for (int key = 0; key < 10; key++) {
            assertThat(tids(bulk.lookup(new Object[] {key}))).isEqualTo(tids(one.lookup(new Object[] {key})));
        }
    }

    @Test
    void aBulkBuiltHashedIndexMatchesOneBuiltEntryByEntry() {
        compare(1, false, true, 3000);
    }

    @Test
    void aBulkBuiltDescendingTwoColumnIndexMatches() {
        compare(2, true, false, 2000);
    }

    @Test
    void aLargeBuildSortsInParallelAndStillMatches() {
        compare(1, false, true, 100_000);
    }

    @Test
    void keysWithThousandsOfVersionsEachAreGatheredWhole() {
        compare(1, false, true, 50_000, 10);
    }

    @Test
    void anEmptyBuildIsAnEmptyIndex() {
        OrderedIndex empty = OrderedIndex.build(order(1, false), true, new Object[0][], new long[0], 0);
        assertThat(empty.size()).isZero();
        assertThat(tids(empty.lookup(new Object[] {1}))).isEmpty();
        empty.insert(new Object[] {1}, 4);
        assertThat(tids(empty.lookup(new Object[] {1}))).containsExactly(4L);
    }
}
