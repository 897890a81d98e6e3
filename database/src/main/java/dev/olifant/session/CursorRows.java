package dev.olifant.session;

import dev.olifant.exec.plan.RowSource;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows behind a cursor, read from its plan as fetches need them (PostgreSQL's executor or
 * hold store under a portal). The read position is the row last returned: 0 before the first row,
 * k on row k, and one past the last row once a forward read ran off the end; reading forward
 * returns the row after the position, reading backward the row before it.
 *
 * <p>A scrollable cursor keeps every row it has read, so that it can move backward and rewind
 * without running its query again. A NO SCROLL cursor keeps none: it only ever moves forward.
 * {@link #materialise} reads the rest of the plan into memory (a WITH HOLD cursor when its
 * transaction commits), after which the plan and its transaction are no longer needed.
 */
final class CursorRows {
    private final boolean keep;
    /** Rows 1..n read so far (scrollable cursors only). */
    private final List<Object[]> kept = new ArrayList<>();
    /** Materialised rows not read yet (NO SCROLL cursors only). */
    private final ArrayDeque<Object[]> ahead = new ArrayDeque<>();
    private RowSource source;
    private final Runnable interrupts;
    private long position;
    /** For WHERE CURRENT OF: where the plan's scan notes each row's tuple id, or null. */
    private final UpdatableScan.Probe probe;
    /** The tuple ids of the kept rows (scrollable), or of the row last read (NO SCROLL). */
    private long[] tids = new long[0];
    private long lastTid = -1;

    CursorRows(RowSource source, boolean keep, Runnable interrupts, UpdatableScan.Probe probe) {
        this.source = source;
        this.keep = keep;
        this.interrupts = interrupts;
        this.probe = probe;
    }

    UpdatableScan.Probe probe() {
        return probe;
    }

    /** The tuple id the scan read the current row from, -1 when it is not on a row read from the plan. */
    long currentTid() {
        if (probe == null || position < 1) {
            return -1;
        }
        if (!keep) {
            return lastTid;
        }
        return position <= kept.size() && position <= tids.length ? tids[(int) (position - 1)] : -1;
    }

    private void noteTid() {
        if (probe == null) {
            return;
        }
        if (!keep) {
            lastTid = probe.tid;
            return;
        }
        int i = kept.size() - 1;
        if (i >= tids.length) {
            tids = java.util.Arrays.copyOf(tids, Math.max(16, tids.length * 2));
        }
        tids[i] = probe.tid;
    }

    /** The next row, or null (the position is then past the last row). */
    Object[] forward() {
        long next = position + 1;
        if (keep && next <= kept.size()) {
            position = next;
            return kept.get((int) (next - 1));
        }
        if (!keep && !ahead.isEmpty()) {
            position = next;
            return ahead.poll();
        }
        if (source == null) {
            if (position <= total()) {
                position = total() + 1;
            }
            return null;
        }
        interrupts.run();
        Object[] row = source.next();
        if (row == null) {
            exhausted = position;
            closeSource();
            position = next;
            return null;
        }
        if (keep) {
            kept.add(row);
        }
        noteTid();
        position = next;
        return row;
    }

    /** The previous row, or null (the position is then before the first row). Scrollable cursors only. */
    Object[] backward() {
        long prior = position - 1;
        if (prior >= 1) {
            position = prior;
            return kept.get((int) (prior - 1));
        }
        position = 0;
        return null;
    }

    /** Back to before the first row. Scrollable cursors only. */
    void rewind() {
        position = 0;
    }

    /** The number of rows once the plan has been read to its end. */
    private long exhausted = -1;

    private long total() {
        return keep ? kept.size() : exhausted;
    }

    /** Reads every remaining row of the plan into memory and closes it. */
    void materialise() {
        if (source == null) {
            return;
        }
        Object[] row;
        long read = keep ? kept.size() : position;
        while ((row = source.next()) != null) {
            interrupts.run();
            (keep ? kept : ahead).add(row);
            read++;
        }
        exhausted = keep ? kept.size() : read;
        closeSource();
    }

    boolean materialised() {
        return source == null;
    }

    void close() {
        closeSource();
        kept.clear();
        ahead.clear();
    }

    private void closeSource() {
        if (source != null) {
            RowSource s = source;
            source = null;
            s.close();
        }
    }
}
