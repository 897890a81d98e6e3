package dev.olifant.catalog;

import dev.olifant.types.PgType;
import dev.olifant.types.ValueOps;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reading a catalog version's partition trees (pg_inherits for partitions): a partitioned table's
 * partitions in PostgreSQL's bound order, its leaf partitions, and the partition a key belongs to.
 */
public final class PartitionTree {
    private PartitionTree() {
    }

    /** The key columns' types, in key order. */
    public static List<PgType> keyTypes(Table parent) {
        List<PgType> types = new ArrayList<>();
        for (int attnum : parent.partitioning().key().attnums()) {
            types.add(parent.column(attnum).type());
        }
        return types;
    }

    /**
     * The direct partitions of {@code parent}, ordered as PostgreSQL orders them in a partition
     * descriptor: by lowest list value or by lower range bound, hash ones by (modulus, remainder),
     * the default partition last.
     */
    public static List<Table> partitions(Catalog catalog, Table parent) {
        List<Table> out = new ArrayList<>();
        for (Relation r : catalog.relations()) {
            if (r instanceof Table t && t.isPartition() && t.partitioning().parentOid() == parent.oid()) {
                out.add(t);
            }
        }
        if (!parent.isPartitioned()) {
            return out;
        }
        List<PgType> types = keyTypes(parent);
        out.sort(Comparator.comparing((Table t) -> t.partitioning().bound() instanceof PartitionBound.Default)
                .thenComparing((a, b) -> compareBounds(types, a.partitioning().bound(), b.partitioning().bound()))
                .thenComparingLong(Table::oid));
        return out;
    }

    private static int compareBounds(List<PgType> types, PartitionBound a, PartitionBound b) {
        if (a instanceof PartitionBound.Range ra && b instanceof PartitionBound.Range rb) {
            return PartitionBound.compareRange(types, ra.lower(), rb.lower());
        }
        if (a instanceof PartitionBound.In ia && b instanceof PartitionBound.In ib) {
            Comparator<Object> cmp = ValueOps.comparator(types.get(0));
            Object x = lowest(ia, cmp);
            Object y = lowest(ib, cmp);
            if (x == null || y == null) {
                return x == null ? (y == null ? 0 : 1) : -1;
            }
            return cmp.compare(x, y);
        }
        if (a instanceof PartitionBound.Hash ha && b instanceof PartitionBound.Hash hb) {
            int c = Integer.compare(ha.modulus(), hb.modulus());
            return c != 0 ? c : Integer.compare(ha.remainder(), hb.remainder());
        }
        return 0;
    }

    private static Object lowest(PartitionBound.In in, Comparator<Object> cmp) {
        Object low = null;
        for (Object v : in.values()) {
            if (v != null && (low == null || cmp.compare(v, low) < 0)) {
                low = v;
            }
        }
        return low;
    }

    /** Every table under {@code parent} that holds rows (recursively), in partition order. */
    public static List<Table> leaves(Catalog catalog, Table parent) {
        List<Table> out = new ArrayList<>();
        for (Table p : partitions(catalog, parent)) {
            if (p.isPartitioned()) {
                out.addAll(leaves(catalog, p));
            } else {
                out.add(p);
            }
        }
        return out;
    }

    /** {@code parent} and everything under it, parents before their partitions. */
    public static List<Table> tree(Catalog catalog, Table parent) {
        List<Table> out = new ArrayList<>();
        out.add(parent);
        for (Table p : partitions(catalog, parent)) {
            out.addAll(tree(catalog, p));
        }
        return out;
    }

    /** The table a partition belongs to, or null. */
    public static Table parent(Catalog catalog, Table t) {
        return t.isPartition() && catalog.relation(t.partitioning().parentOid()) instanceof Table p ? p : null;
    }

    /**
     * The direct partition of {@code parent} that accepts a row with this key (values in key
     * order), the default partition when no other does, or null when there is none.
     */
    public static Table partitionFor(Catalog catalog, Table parent, Object[] key) {
        List<PgType> types = keyTypes(parent);
        Table fallback = null;
        for (Table p : partitions(catalog, parent)) {
            PartitionBound b = p.partitioning().bound();
            if (b instanceof PartitionBound.Default) {
                fallback = p;
            } else if (accepts(types, b, key)) {
                return p;
            }
        }
        return fallback;
    }

    /** Whether a bound other than DEFAULT accepts the key. */
    public static boolean accepts(List<PgType> types, PartitionBound b, Object[] key) {
        return switch (b) {
            case PartitionBound.Default d -> false;
            case PartitionBound.Hash h -> throw new IllegalStateException("hash partition bounds are not routed");
            case PartitionBound.In in -> {
                for (Object v : in.values()) {
                    if (v == null ? key[0] == null : key[0] != null && ValueOps.equal(types.get(0), v, key[0])) {
                        yield true;
                    }
                }
                yield false;
            }
            case PartitionBound.Range r -> {
                for (Object k : key) {
                    if (k == null) {
                        yield false; // a range partition never accepts a null key column
                    }
                }
                yield PartitionBound.compareKey(types, key, r.lower()) >= 0
                        && PartitionBound.compareKey(types, key, r.upper()) < 0;
            }
        };
    }
}
