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

    CursorRows(RowSource source, boolean keep, Runnable interrupts) {
        this.source = source;
        this.keep = keep;
        this.interrupts = interrupts;
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
