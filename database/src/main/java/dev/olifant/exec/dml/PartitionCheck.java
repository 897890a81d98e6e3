package dev.olifant.exec.dml;

import dev.olifant.catalog.Catalog;
import dev.olifant.catalog.PartitionBound;
import dev.olifant.catalog.PartitionTree;
import dev.olifant.catalog.Table;
import dev.olifant.types.PgType;
import java.util.ArrayList;
import java.util.List;

/**
 * A partition's partition constraint (PostgreSQL's partition qual), checked on rows written to the
 * partition directly: at every level up to the root, the row's key must satisfy the partition's
 * bound, or, for a default partition, no sibling's bound.
 */
public final class PartitionCheck {
    /** One level: the partitioned table, the partition under it on the way down, and that partition's siblings. */
    private record Level(Table parent, Table partition, List<PartitionBound> others) {
    }

    private final List<Level> levels;

    private PartitionCheck(List<Level> levels) {
        this.levels = levels;
    }

    /** The constraint of {@code t} in this catalog version, or null when it is not a partition. */
    public static PartitionCheck of(Catalog catalog, Table t) {
        List<Level> levels = new ArrayList<>();
        for (Table x = t; x.isPartition(); ) {
            Table parent = PartitionTree.parent(catalog, x);
            if (parent == null) {
                break;
            }
            List<PartitionBound> others = new ArrayList<>();
            for (Table s : PartitionTree.partitions(catalog, parent)) {
                if (s.oid() != x.oid()) {
                    others.add(s.partitioning().bound());
                }
            }
            levels.add(new Level(parent, x, others));
            x = parent;
        }
        return levels.isEmpty() ? null : new PartitionCheck(levels);
    }

    /** Whether a row of {@code t} (values in its attnum order) satisfies the constraint. */
    public boolean accepts(Table t, Object[] values) {
        for (Level l : levels) {
            Object[] parentValues = PartitionRouting.convert(t, l.parent(), values);
            List<Integer> attnums = l.parent().partitioning().key().attnums();
            Object[] key = new Object[attnums.size()];
            for (int i = 0; i < key.length; i++) {
                key[i] = parentValues[attnums.get(i) - 1];
            }
            List<PgType> types = PartitionTree.keyTypes(l.parent());
            PartitionBound b = l.partition().partitioning().bound();
            if (b instanceof PartitionBound.Default) {
                for (PartitionBound o : l.others()) {
                    if (PartitionTree.accepts(types, o, key)) {
                        return false;
                    }
                }
            } else if (!PartitionTree.accepts(types, b, key)) {
                return false;
            }
        }
        return true;
    }
}
