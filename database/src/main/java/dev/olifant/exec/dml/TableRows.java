package dev.olifant.exec.dml;

import dev.olifant.catalog.Table;
import java.util.Arrays;

/** Stored rows read at the table's current width. */
public final class TableRows {
    private TableRows() {
    }

    /**
     * {@code values} of a stored version, extended to the table's width with the missing values of
     * columns added after it was written (the version itself is not changed).
     */
    public static Object[] padded(Table table, Object[] values) {
        int width = table.columns().size();
        if (values.length >= width) {
            return values;
        }
        Object[] full = Arrays.copyOf(values, width);
        for (int i = values.length; i < width; i++) {
            full[i] = table.columns().get(i).missingValue();
        }
        return full;
    }
}
