package dev.olifant.exec.plan;

import dev.olifant.catalog.Column;
import dev.olifant.catalog.Table;
import dev.olifant.storage.TupleVersion;
import java.util.List;

/**
 * How a table's tuples become scan rows: one slot per attribute (dropped ones included, so slot
 * = offset + attnum - 1) plus a last slot holding the tuple id, which UPDATE and DELETE use to
 * find the version they change. Versions stored before a column was added read its missing value.
 *
 * <p>All nodes of one query level's FROM clause produce rows of the same width, each FROM item
 * owning a segment from its offset; joins merge segments. So an expression's slot numbers never
 * change between a scan's filter, a join condition and the SELECT list.
 */
public final class TableSlots {
    private TableSlots() {
    }

    public static int width(Table table) {
        return table.columns().size() + 1;
    }

    /** The scan row for a version: a row {@code rowWidth} wide with the table's slots from {@code offset}. */
    public static Object[] row(Table table, TupleVersion t, long tid, int offset, int rowWidth) {
        List<Column> cols = table.columns();
        int n = cols.size();
        Object[] values = t.values();
        Object[] row = new Object[rowWidth];
        int stored = Math.min(values.length, n);
        System.arraycopy(values, 0, row, offset, stored);
        for (int i = stored; i < n; i++) {
            row[offset + i] = cols.get(i).missingValue();
        }
        row[offset + n] = tid;
        return row;
    }
}
