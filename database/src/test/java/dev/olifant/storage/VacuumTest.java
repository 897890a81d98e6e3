package dev.olifant.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class VacuumTest {

    @SuppressWarnings("unchecked")
    private static OrderedIndex intIndex() {
        Comparator<Object> c = (a, b) -> Integer.compare((Integer) a, (Integer) b);
        return new OrderedIndex(new IndexKeyOrder(new Comparator[] {c}, new boolean[] {false}, new boolean[] {false}));
    }

    private static List<Long> tids(Iterator<Long> it) {
        List<Long> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }

    @Test
    void removesJudgedVersionsWithTheirIndexEntriesAndCountsTheRest() {
        TableStorage table = new TableStorage();
        OrderedIndex index = intIndex();
        table.addIndex(1, index);
        // values: key, verdict (0 live, 1 recently dead, 2 removable)
        int[][] rows = {{1, 0}, {1, 2}, {2, 1}, {3, 2}, {3, 2}, {4, 0}};
        for (int[] r : rows) {
            long tid = table.heap().insert(new TupleVersion(3, 0, new Object[] {r[0], r[1]}));
            index.insert(new Object[] {r[0]}, tid);
        }
        VersionJudge judge = t -> VersionJudge.Verdict.values()[(Integer) t.values()[1]];
        VacuumResult r = Vacuum.run(table, judge);
        assertThat(r).isEqualTo(new VacuumResult(6, 3, 2, 1));
        assertThat(table.heap().fetch(1)).isNull();
        assertThat(table.heap().fetch(3)).isNull();
        assertThat(table.heap().fetch(4)).isNull();
        assertThat(tids(index.lookup(new Object[] {1}))).containsExactly(0L);
        assertThat(tids(index.lookup(new Object[] {3}))).isEmpty();
        assertThat(index.size()).isEqualTo(3);
        // a second vacuum finds nothing more to do
        assertThat(Vacuum.run(table, judge)).isEqualTo(new VacuumResult(3, 0, 2, 1));
    }

    @Test
    void bulkDeleteOfIndexEntries() {
        OrderedIndex index = intIndex();
        for (int i = 0; i < 100; i++) {
            index.insert(new Object[] {i % 10}, i);
        }
        assertThat(index.removeTids(tid -> tid % 2 == 0)).isEqualTo(50);
        assertThat(tids(index.lookup(new Object[] {3}))).containsExactly(3L, 13L, 23L, 33L, 43L, 53L, 63L, 73L, 83L, 93L);
        assertThat(tids(index.lookup(new Object[] {4}))).isEmpty();
    }
}
