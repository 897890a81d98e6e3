package dev.olifant.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.olifant.catalog.PartitionBound.RangeDatum;
import dev.olifant.storage.TableStorage;
import dev.olifant.types.Types;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartitionTreeTest {
    private static final long NS = Oids.PUBLIC_NAMESPACE;

    static Column col(String name, int attnum) {
        return new Column(name, attnum, Types.INT4, -1, false, null, null, Identity.NONE, 0, false);
    }

    static Table parent(long oid, PartitionStrategy s) {
        return new Table(oid, "p" + oid, NS, 10, 'p', List.of(col("a", 1), col("b", 2)), List.of(), List.of(),
                new TableStorage(), new Partitioning(new PartitionKey(s, List.of(1)), 0, null, false));
    }

    static Table part(long oid, String name, long parent, PartitionBound bound) {
        return new Table(oid, name, NS, 10, 'p', List.of(col("a", 1), col("b", 2)), List.of(), List.of(),
                new TableStorage(), new Partitioning(null, parent, bound, false));
    }

    static PartitionBound.Range range(Integer from, Integer to) {
        return new PartitionBound.Range(List.of(from == null ? new RangeDatum(RangeDatum.Kind.MINVALUE, null)
                : RangeDatum.of(from)), List.of(to == null ? new RangeDatum(RangeDatum.Kind.MAXVALUE, null)
                        : RangeDatum.of(to)));
    }

    @Test
    void listPartitionsAreOrderedByLowestValueWithDefaultLast() {
        Table p = parent(100, PartitionStrategy.LIST);
        Catalog c = Catalog.empty().withRelation(p)
                .withRelation(part(101, "d", 100, new PartitionBound.Default()))
                .withRelation(part(102, "hi", 100, new PartitionBound.In(List.of(9, 5))))
                .withRelation(part(103, "lo", 100, new PartitionBound.In(List.of(7, 1))));
        assertThat(PartitionTree.partitions(c, p)).extracting(Table::name).containsExactly("lo", "hi", "d");
        assertThat(PartitionTree.partitionFor(c, p, new Object[] {5}).name()).isEqualTo("hi");
        assertThat(PartitionTree.partitionFor(c, p, new Object[] {42}).name()).isEqualTo("d");
        assertThat(PartitionTree.partitionFor(c, p, new Object[] {null}).name()).isEqualTo("d");
    }

    @Test
    void listBoundWithNullAcceptsNullKeys() {
        var in = new PartitionBound.In(Arrays.asList(1, null));
        assertThat(PartitionTree.accepts(List.of(Types.INT4), in, new Object[] {null})).isTrue();
        assertThat(PartitionTree.accepts(List.of(Types.INT4), in, new Object[] {2})).isFalse();
    }

    @Test
    void rangeBoundsIncludeLowerAndExcludeUpper() {
        var types = List.of(Types.INT4);
        var r = range(1, 10);
        assertThat(PartitionTree.accepts(types, r, new Object[] {1})).isTrue();
        assertThat(PartitionTree.accepts(types, r, new Object[] {9})).isTrue();
        assertThat(PartitionTree.accepts(types, r, new Object[] {10})).isFalse();
        assertThat(PartitionTree.accepts(types, r, new Object[] {0})).isFalse();
        assertThat(PartitionTree.accepts(types, r, new Object[] {null})).isFalse();
        assertThat(PartitionTree.accepts(types, range(null, 0), new Object[] {Integer.MIN_VALUE})).isTrue();
        assertThat(PartitionTree.accepts(types, range(100, null), new Object[] {Integer.MAX_VALUE})).isTrue();
    }

    @Test
    void multiColumnRangeComparesColumnByColumn() {
        var types = List.of(Types.INT4, Types.INT4);
        var r = new PartitionBound.Range(List.of(RangeDatum.of(1), RangeDatum.of(5)),
                List.of(RangeDatum.of(2), new RangeDatum(RangeDatum.Kind.MINVALUE, null)));
        assertThat(PartitionTree.accepts(types, r, new Object[] {1, 5})).isTrue();
        assertThat(PartitionTree.accepts(types, r, new Object[] {1, 4})).isFalse();
        assertThat(PartitionTree.accepts(types, r, new Object[] {1, 1000})).isTrue();
        assertThat(PartitionTree.accepts(types, r, new Object[] {2, -1000})).isFalse();
    }

    @Test
    void boundsDescribeThemselvesAsPgGetExprDoes() {
        var types = List.of(Types.INT4);
        assertThat(PartitionBound.describe(new PartitionBound.In(Arrays.asList(1, 2, null)), types))
                .isEqualTo("FOR VALUES IN (1, 2, NULL)");
        assertThat(PartitionBound.describe(range(null, -5), types))
                .isEqualTo("FOR VALUES FROM (MINVALUE) TO ('-5')");
        assertThat(PartitionBound.describe(new PartitionBound.In(List.of("x'y")), List.of(Types.TEXT)))
                .isEqualTo("FOR VALUES IN ('x''y')");
        assertThat(PartitionBound.describe(new PartitionBound.Default(), types)).isEqualTo("DEFAULT");
    }

    @Test
    void treesAndLeavesFollowSubPartitions() {
        Table root = parent(200, PartitionStrategy.RANGE);
        Table mid = new Table(201, "mid", NS, 10, 'p', root.columns(), List.of(), List.of(), new TableStorage(),
                new Partitioning(new PartitionKey(PartitionStrategy.LIST, List.of(2)), 200, range(0, 10), false));
        Catalog c = Catalog.empty().withRelation(root).withRelation(mid)
                .withRelation(part(202, "leaf1", 201, new PartitionBound.In(List.of(1))))
                .withRelation(part(203, "leaf2", 200, range(10, 20)));
        assertThat(PartitionTree.leaves(c, root)).extracting(Table::name).containsExactly("leaf1", "leaf2");
        assertThat(PartitionTree.tree(c, root)).extracting(Table::name)
                .containsExactly("p200", "mid", "leaf1", "leaf2");
        assertThat(PartitionTree.parent(c, mid).oid()).isEqualTo(200);
        assertThat(mid.kind()).isEqualTo('p');
        assertThat(PartitionTree.partitions(c, root).get(1).kind()).isEqualTo('r');
    }
}
