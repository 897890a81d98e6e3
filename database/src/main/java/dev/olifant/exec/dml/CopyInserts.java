package dev.olifant.exec.dml;

import dev.olifant.catalog.Trigger;
import dev.olifant.exec.ExecContext;

/**
 * The rows COPY FROM writes into a table, as copyfrom.c writes them: the table's BEFORE
 * STATEMENT INSERT triggers when it starts; for each row its BEFORE ROW INSERT triggers (which
 * may change or skip it), the table's constraints, indexes and foreign keys, its AFTER ROW
 * INSERT triggers queued; at the end the queued AFTER ROW and the AFTER STATEMENT triggers. Into
 * a partitioned table each row is routed to its leaf, whose row triggers fire
 * ({@link PartitionedInserts}), and the statement triggers are the partitioned table's.
 */
public final class CopyInserts {
    private final TableTarget target;
    private final ExecContext ctx;
    private final RowTriggers triggers;
    private final PartitionedInserts routed;
    private final TableWriter writer;
    private final ForeignKeys fks;

    public CopyInserts(TableTarget target, ExecContext ctx) {
        this.target = target;
        this.ctx = ctx;
        this.triggers = RowTriggers.open(ctx, target.table(), Trigger.TYPE_INSERT);
        if (target.routing() != null) {
            this.routed = new PartitionedInserts(target, ctx);
            this.writer = null;
            this.fks = null;
        } else {
            this.routed = null;
            this.writer = new TableWriter(target, ctx);
            this.fks = ForeignKeys.open(ctx, target.table());
            if (triggers != null) {
                triggers.staysIn(target);
            }
        }
    }

    /**
     * {@link #insert(Object[])} for text input, whose errors carry copyfrom.c's context: {@code where}
     * ("COPY t, line n") with the line's text for errors found before the row is written, without
     * it for errors from writing it when rows are written in batches (PostgreSQL buffers them
     * unless the table has BEFORE ROW triggers, and reports the line of a buffered row alone).
     */
    public boolean insert(Object[] values, String where, String line) {
        try {
            return insert(values);
        } catch (dev.olifant.error.PgException e) {
            boolean writing = routed != null ? routed.writing() : this.writing;
            boolean batched = routed != null ? !routed.hasBeforeRow() : triggers == null || !triggers.hasBeforeRow();
            throw e.withContext(writing && batched ? where : where + ": \"" + line + "\"");
        }
    }

    /** Whether the last row failed while it was written (not while its triggers and constraints were checked). */
    private boolean writing;

    /** Writes one row (values in the table's attnum order); false when a BEFORE ROW trigger skipped it. */
    public boolean insert(Object[] values) {
        if (routed != null) {
            return routed.insert(values);
        }
        writing = false;
        if (triggers != null) {
            values = triggers.beforeRow(null, values);
            if (values == null) {
                return false;
            }
        }
        writer.checkRow(values);
        writing = true;
        long tid = writer.insert(values);
        if (fks != null) {
            fks.inserted(target.table(), tid);
        }
        if (triggers != null) {
            triggers.afterRow(null, values);
        }
        return true;
    }

    /** Ends the COPY: deferred unique checks, foreign keys, then the queued AFTER ROW and AFTER STATEMENT triggers. */
    public void finish() {
        if (routed != null) {
            routed.finish();
        } else {
            writer.finish();
            if (fks != null) {
                fks.finish();
            }
        }
        if (triggers != null) {
            triggers.finish();
        }
    }
}
