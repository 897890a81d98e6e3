package dev.olifant.session;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.sql.analyze.ResultColumn;
import dev.olifant.sql.ast.FetchDirection;
import dev.olifant.sql.ast.FetchStmt;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * A cursor made by DECLARE: its rows, its options and PostgreSQL's portal position state
 * ({@code atStart}, {@code atEnd}, {@code portalPos}). {@link #fetch} is PostgreSQL's
 * DoPortalRunFetch: every FETCH / MOVE direction reduces to runs forward or backward of
 * {@link #run}, whose bookkeeping decides what a later direction finds, so that counts, end
 * positions and the re-fetch of the current row behave exactly as PostgreSQL's.
 *
 * <p>A NO SCROLL cursor may use any direction whose result is a move forward; moving backward, or
 * rewinding after it has moved, is 55000 "cursor can only scan forward".
 */
final class Cursor {
    final String name;
    final String statement;
    final List<ResultColumn> columns;
    final boolean binary;
    final boolean scrollable;
    final boolean holdable;
    final Instant created;
    /** The subtransaction depth it was declared at; -1 once its transaction committed (WITH HOLD). */
    int savepointDepth;
    /** An error while it ran: it cannot be used again (PostgreSQL's PORTAL_FAILED). */
    boolean failed;

    private final CursorRows rows;
    private boolean atStart = true;
    private boolean atEnd;
    private long portalPos;

    Cursor(String name, String statement, List<ResultColumn> columns, boolean binary, boolean scrollable,
            boolean holdable, CursorRows rows, int savepointDepth) {
        this.name = name;
        this.statement = statement;
        this.columns = columns;
        this.binary = binary;
        this.scrollable = scrollable;
        this.holdable = holdable;
        this.rows = rows;
        this.savepointDepth = savepointDepth;
        this.created = Instant.now();
    }

    CursorRows rows() {
        return rows;
    }

    /**
     * Runs one FETCH or MOVE; {@code out} receives the rows FETCH returns (null for MOVE).
     *
     * @return the count of the command tag
     */
    long fetch(FetchDirection direction, long count, Consumer<Object[]> out) {
        boolean forward;
        switch (direction) {
            case FORWARD, BACKWARD -> {
                forward = direction == FetchDirection.FORWARD;
                if (count < 0) {
                    forward = !forward;
                    count = -count;
                }
            }
            case ABSOLUTE -> {
                if (count > 0) {
                    // from the start, or from where it is when that is nearer
                    if (count - 1 <= portalPos / 2) {
                        rewind();
                        if (count > 1) {
                            run(true, count - 1, null);
                        }
                    } else {
                        long pos = portalPos;
                        if (atEnd) {
                            pos++; // one extra row back when past the end
                        }
                        if (count <= pos) {
                            run(false, pos - count + 1, null);
                        } else if (count > pos + 1) {
                            run(true, count - pos - 1, null);
                        }
                    }
                    return run(true, 1, out);
                }
                if (count < 0) {
                    run(true, FetchStmt.ALL, null);
                    if (count < -1) {
                        run(false, -count - 1, null);
                    }
                    return run(false, 1, out);
                }
                rewind();
                return run(true, 0, out);
            }
            default -> {
                if (count > 0) {
                    if (count > 1) {
                        run(true, count - 1, null);
                    }
                    return run(true, 1, out);
                }
                if (count < 0) {
                    if (count < -1) {
                        run(false, -count - 1, null);
                    }
                    return run(false, 1, out);
                }
                forward = true;
            }
        }
        if (count == 0) {
            // FETCH 0 / RELATIVE 0 re-fetches the current row, if it is on one
            boolean onRow = !atStart && !atEnd;
            if (out == null) {
                return onRow ? 1 : 0;
            }
            if (onRow) {
                run(false, 1, null);
                count = 1;
                forward = true;
            }
        }
        if (!forward && count == FetchStmt.ALL && out == null) {
            long result = portalPos;
            if (result > 0 && !atEnd) {
                result--;
            }
            rewind();
            return result;
        }
        return run(forward, count, out);
    }

    /** PostgreSQL's PortalRunSelect: up to {@code count} rows in one direction, keeping the position state. */
    private long run(boolean forward, long count, Consumer<Object[]> out) {
        long n = 0;
        if (forward) {
            if (atEnd || count <= 0) {
                return 0;
            }
            while (count == FetchStmt.ALL || n < count) {
                Object[] row = rows.forward();
                if (row == null) {
                    break;
                }
                n++;
                if (out != null) {
                    out.accept(row);
                }
            }
            if (n > 0) {
                atStart = false;
            }
            if (count == FetchStmt.ALL || n < count) {
                atEnd = true;
            }
            portalPos += n;
            return n;
        }
        if (!scrollable) {
            throw forwardOnly();
        }
        if (atStart || count <= 0) {
            return 0;
        }
        while (count == FetchStmt.ALL || n < count) {
            Object[] row = rows.backward();
            if (row == null) {
                break;
            }
            n++;
            if (out != null) {
                out.accept(row);
            }
        }
        if (n > 0 && atEnd) {
            atEnd = false;
            portalPos++;
        }
        if (count == FetchStmt.ALL || n < count) {
            atStart = true;
            portalPos = 0;
        } else {
            portalPos -= n;
        }
        return n;
    }

    /** PostgreSQL's DoPortalRewind: nothing to do before the cursor moved; else it must be scrollable. */
    private void rewind() {
        if (atStart && !atEnd) {
            return;
        }
        if (!scrollable) {
            throw forwardOnly();
        }
        rows.rewind();
        atStart = true;
        atEnd = false;
        portalPos = 0;
    }

    private static PgException forwardOnly() {
        return new PgException(SqlState.OBJECT_NOT_IN_PREREQUISITE_STATE, "cursor can only scan forward")
                .withHint("Declare it with SCROLL option to enable backward scan.");
    }

    /**
     * The tuple id of {@code table}'s row under the cursor, for WHERE CURRENT OF (PostgreSQL's
     * execCurrentOf and its 24000 errors).
     */
    long currentOf(dev.olifant.catalog.Table table) {
        if (holdable && savepointDepth < 0) {
            throw invalidState("cursor \"" + name + "\" is held from a previous transaction");
        }
        UpdatableScan.Probe probe = rows.probe();
        if (probe == null || probe.table.oid() != table.oid()) {
            throw invalidState("cursor \"" + name + "\" is not a simply updatable scan of table \"" + table.name()
                    + "\"");
        }
        long tid = atStart || atEnd ? -1 : rows.currentTid();
        if (tid < 0) {
            throw invalidState("cursor \"" + name + "\" is not positioned on a row");
        }
        return tid;
    }

    private static PgException invalidState(String message) {
        return new PgException(SqlState.INVALID_CURSOR_STATE, message);
    }

    void close() {
        rows.close();
    }
}
