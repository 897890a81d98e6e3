package dev.olifant.exec.dml;

import dev.olifant.catalog.Catalog;
import dev.olifant.catalog.Column;
import dev.olifant.catalog.PartitionBound;
import dev.olifant.catalog.PartitionTree;
import dev.olifant.catalog.Table;
import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.types.FormatSettings;
import dev.olifant.types.PgType;
import dev.olifant.types.RegLookup;
import dev.olifant.types.TextIO;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tuple routing (PostgreSQL's execPartition.c): a partition tree as the catalog held it when the
 * statement was planned, and the search that takes a row written to the partitioned table down
 * to the leaf partition whose bound accepts it. Partitions may order their columns differently
 * from their parent (ATTACH PARTITION of a table made separately, dropped columns), so a row
 * moves between layouts by column name.
 */
public final class PartitionRouting {
    private final Table root;
    private final Map<Long, List<Table>> partitions = new HashMap<>();
    private final Map<Long, Table> tables = new HashMap<>();

    /** A leaf partition and a row in its layout. */
    public record Routed(Table leaf, Object[] values) {
    }

    private PartitionRouting(Table root) {
        this.root = root;
    }

    /** The routing for writes to {@code root} over this catalog version. */
    public static PartitionRouting of(Catalog catalog, Table root) {
        PartitionRouting r = new PartitionRouting(root);
        r.add(catalog, root);
        return r;
    }

    private void add(Catalog catalog, Table t) {
        tables.put(t.oid(), t);
        if (t.isPartitioned()) {
            List<Table> parts = PartitionTree.partitions(catalog, t).stream()
                    .filter(p -> !p.partitioning().detachPending()).toList();
            partitions.put(t.oid(), parts);
            for (Table p : parts) {
                add(catalog, p);
            }
        }
    }

    public Table root() {
        return root;
    }

    /** Every leaf partition, in partition order. */
    public List<Table> leaves() {
        return leavesUnder(root);
    }

    private List<Table> leavesUnder(Table t) {
        List<Table> out = new java.util.ArrayList<>();
        for (Table p : partitions.getOrDefault(t.oid(), List.of())) {
            if (p.isPartitioned()) {
                out.addAll(leavesUnder(p));
            } else {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * The leaf a row of the root (values in the root's attnum order) belongs to, with the row in
     * the leaf's layout; fails with 23514 when some level has no partition for it.
     */
    public Routed route(Object[] rootValues, FormatSettings settings, RegLookup reg) {
        Table level = root;
        Object[] values = rootValues;
        while (level.isPartitioned()) {
            List<Integer> attnums = level.partitioning().key().attnums();
            Object[] key = new Object[attnums.size()];
            for (int i = 0; i < key.length; i++) {
                int pos = attnums.get(i) - 1;
                key[i] = pos < values.length ? values[pos] : null;
            }
            Table next = find(level, key);
            if (next == null) {
                throw new PgException(SqlState.CHECK_VIOLATION, "no partition of relation \"" + level.name()
                        + "\" found for row").withDetail("Partition key of the failing row contains "
                        + describeKey(level, key, settings, reg) + ".");
            }
            values = convert(level, next, values);
            level = next;
        }
        return new Routed(level, values);
    }

    /** The leaf a row of the root belongs to, or null when some level has no partition for it. */
    public Table leafFor(Object[] rootValues) {
        Table level = root;
        Object[] values = rootValues;
        while (level != null && level.isPartitioned()) {
            List<Integer> attnums = level.partitioning().key().attnums();
            Object[] key = new Object[attnums.size()];
            for (int i = 0; i < key.length; i++) {
                int pos = attnums.get(i) - 1;
                key[i] = pos < values.length ? values[pos] : null;
            }
            Table next = find(level, key);
            if (next != null) {
                values = convert(level, next, values);
            }
            level = next;
        }
        return level;
    }

    private Table find(Table parent, Object[] key) {
        List<PgType> types = PartitionTree.keyTypes(parent);
        Table fallback = null;
        for (Table p : partitions.getOrDefault(parent.oid(), List.of())) {
            PartitionBound b = p.partitioning().bound();
            if (b instanceof PartitionBound.Default) {
                fallback = p;
            } else if (PartitionTree.accepts(types, b, key)) {
                return p;
            }
        }
        return fallback;
    }

    /** {@code (a, b) = (1, x)}, as PostgreSQL's ExecBuildSlotPartitionKeyDescription writes it. */
    private static String describeKey(Table t, Object[] key, FormatSettings settings, RegLookup reg) {
        StringBuilder names = new StringBuilder("(");
        StringBuilder vals = new StringBuilder("(");
        List<Integer> attnums = t.partitioning().key().attnums();
        for (int i = 0; i < key.length; i++) {
            Column c = t.column(attnums.get(i));
            names.append(i > 0 ? ", " : "").append(c.name());
            vals.append(i > 0 ? ", " : "").append(key[i] == null ? "null"
                    : TextIO.output(c.type(), key[i], settings, reg));
        }
        return names + ") = " + vals + ")";
    }

    /** A row of {@code from} (values in its attnum order) in the layout of {@code to}, matched by column name. */
    public static Object[] convert(Table from, Table to, Object[] values) {
        if (sameLayout(from, to)) {
            return values.length == to.columns().size() ? values : java.util.Arrays.copyOf(values, to.columns().size());
        }
        Object[] out = new Object[to.columns().size()];
        for (Column c : to.columns()) {
            if (c.dropped()) {
                continue;
            }
            Column src = from.column(c.name());
            if (src != null && src.attnum() - 1 < values.length) {
                out[c.attnum() - 1] = values[src.attnum() - 1];
            }
        }
        return out;
    }

    /** Whether both tables have the same live columns at the same attribute numbers (and no others). */
    public static boolean sameLayout(Table a, Table b) {
        if (a.columns().size() != b.columns().size()) {
            return false;
        }
        for (int i = 0; i < a.columns().size(); i++) {
            Column x = a.columns().get(i);
            Column y = b.columns().get(i);
            if (x.dropped() != y.dropped() || !x.dropped() && !x.name().equals(y.name())) {
                return false;
            }
        }
        return true;
    }

    /** The oid of the index on {@code leaf} that descends from index {@code rootIndex} of the root, or 0. */
    public long leafIndex(Table leaf, long rootIndex) {
        Table t = leaf;
        java.util.ArrayDeque<Table> path = new java.util.ArrayDeque<>();
        while (t != null && t.oid() != root.oid()) {
            path.push(t);
            t = t.isPartition() ? tables.get(t.partitioning().parentOid()) : null;
        }
        long ix = rootIndex;
        while (!path.isEmpty()) {
            Table child = path.pop();
            long found = 0;
            for (var e : child.partitioning().indexParents().entrySet()) {
                if (e.getValue() == ix) {
                    found = e.getKey();
                }
            }
            if (found == 0) {
                return 0;
            }
            ix = found;
        }
        return ix;
    }
}
