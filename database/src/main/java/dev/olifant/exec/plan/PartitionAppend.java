package dev.olifant.exec.plan;

import dev.olifant.catalog.Column;
import dev.olifant.catalog.Table;
import dev.olifant.exec.ExecContext;
import dev.olifant.exec.expr.Expression;
import java.util.ArrayList;
import java.util.List;

/**
 * A scan of a partitioned table (PostgreSQL's Append over its partitions): the rows of each leaf
 * partition in turn, in the partitioned table's layout, with a {@link LeafTid} in the tuple id
 * slot. A leaf with the parent's layout is scanned straight into the parent's segment (its scan
 * applies the conditions itself); another one is scanned into a row of its own, moved into the
 * parent's layout by column name and then filtered.
 *
 * @param offset where the partitioned table's segment starts in the row
 * @param width  the row width of the query level
 */
public record PartitionAppend(Table parent, String alias, List<Child> parts, int offset, int width,
        Expression filter) implements PlanNode {

    /**
     * One leaf's scan. {@code map} is null when the leaf has the parent's layout; otherwise
     * {@code map[i]} is the leaf slot that parent column {@code i} reads (-1 for none).
     */
    public record Child(Table leaf, PlanNode scan, int[] map) {
    }

    /** The slot map from a leaf's rows (at offset 0) to the parent's columns, by name. */
    public static int[] map(Table parent, Table leaf) {
        int[] map = new int[parent.columns().size()];
        for (int i = 0; i < map.length; i++) {
            Column c = parent.columns().get(i);
            Column l = c.dropped() ? null : leaf.column(c.name());
            map[i] = l == null ? -1 : l.attnum() - 1;
        }
        return map;
    }

    @Override
    public RowSource open(ExecContext ctx) {
        int ncols = parent.columns().size();
        return new RowSource() {
            int index = -1;
            RowSource current;

            @Override
            public Object[] next() {
                while (true) {
                    if (current == null) {
                        if (++index >= parts.size()) {
                            return null;
                        }
                        current = parts.get(index).scan().open(ctx);
                    }
                    Object[] in = current.next();
                    if (in == null) {
                        current.close();
                        current = null;
                        continue;
                    }
                    Child c = parts.get(index);
                    if (c.map() == null) {
                        in[offset + ncols] = new LeafTid(c.leaf(), (Long) in[offset + ncols]);
                        return in;
                    }
                    Object[] row = new Object[width];
                    for (int i = 0; i < ncols; i++) {
                        row[offset + i] = c.map()[i] < 0 ? null : in[c.map()[i]];
                    }
                    row[offset + ncols] = new LeafTid(c.leaf(), (Long) in[c.leaf().columns().size()]);
                    if (Rows.passes(filter, row, ctx)) {
                        return row;
                    }
                }
            }

            @Override
            public void close() {
                if (current != null) {
                    current.close();
                }
            }
        };
    }

    @Override
    public String explainTitle() {
        return "Append";
    }

    @Override
    public List<PlanNode> children() {
        List<PlanNode> out = new ArrayList<>();
        parts.forEach(c -> out.add(c.scan()));
        return out;
    }

    @Override
    public double estimatedRows() {
        double n = 0;
        for (Child c : parts) {
            n += c.scan().estimatedRows();
        }
        return n;
    }
}
