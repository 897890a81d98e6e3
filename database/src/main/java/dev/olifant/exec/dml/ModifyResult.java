package dev.olifant.exec.dml;

import dev.olifant.exec.plan.RowSource;
import java.util.Iterator;
import java.util.List;

/** What a data-modifying statement produced: its RETURNING rows and how many rows it changed. */
public final class ModifyResult implements RowSource {
    private final Iterator<Object[]> rows;
    private final long processed;

    ModifyResult(List<Object[]> rows, long processed) {
        this.rows = rows.iterator();
        this.processed = processed;
    }

    @Override
    public Object[] next() {
        return rows.hasNext() ? rows.next() : null;
    }

    /** The row count for the command tag. */
    public long processed() {
        return processed;
    }
}
