package dev.olifant.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OrderedIndexHashTest {

    @SuppressWarnings("unchecked")
    private static OrderedIndex index(boolean hashed) {
        Comparator<Object> c = (a, b) -> Long.compare(((Number) a).longValue(), ((Number) b).longValue());
        return new OrderedIndex(new IndexKeyOrder(new Comparator[] {c}, new boolean[] {false}, new boolean[] {false}),
                hashed);
    }

    private static List<Long> tids(Iterator<Long> it) {
        List<Long> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }

    @Test
    void theHashPathAnswersEqualityLookupsAsTheSkipListDoes() {
        OrderedIndex hashed = index(true);
        OrderedIndex plain = index(false);
        assertThat(hashed.hashed()).isTrue();
        Random r = new Random(7);
        List<long[]> live = new ArrayList<>();
        for (long tid = 0; tid < 5000; tid++) {
            int key = r.nextInt(200);
            hashed.insert(new Object[] {key}, tid);
            plain.insert(new Object[] {key}, tid);
            live.add(new long[] {key, tid});
            if (r.nextInt(3) == 0) {
                long[] gone = live.remove(r.nextInt(live.size()));
                hashed.remove(new Object[] {(int) gone[0]}, gone[1]);
                plain.remove(new Object[] {(int) gone[0]}, gone[1]);
            }
        }
        hashed.removeTids(tid -> tid % 7 == 0);
        plain.removeTids(tid -> tid % 7 == 0);
        for (int key = -1; key <= 200; key++) {
            assertThat(tids(hashed.lookup(new Object[] {key}))).isEqualTo(tids(plain.lookup(new Object[] {key})));
            assertThat(tids(hashed.lookup(new Object[] {(long) key}))).isEqualTo(tids(plain.lookup(new Object[] {key})));
        }
        assertThat(tids(hashed.range(new Object[] {10}, true, new Object[] {12}, true, false)))
                .isEqualTo(tids(plain.range(new Object[] {10}, true, new Object[] {12}, true, false)));
        assertThat(tids(hashed.lookup(new Object[] {null}))).isEmpty();
    }
}
