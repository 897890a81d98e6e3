package dev.olifant.sql.parser;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.sql.ast.FrameBoundKind;

/**
 * The combinations of window frame bounds PostgreSQL's grammar rejects (42P20), reported at the
 * offending bound as {@code frame_extent} in gram.y does.
 */
final class FrameBoundChecks {
    private FrameBoundChecks() {
    }

    /** A frame written with its start only (the end is CURRENT ROW). */
    static void single(FrameBoundKind start, int location) {
        if (start == FrameBoundKind.UNBOUNDED_FOLLOWING) {
            throw error("frame start cannot be UNBOUNDED FOLLOWING", location);
        }
        if (start == FrameBoundKind.FOLLOWING) {
            throw error("frame starting from following row cannot end with current row", location);
        }
    }

    /** {@code BETWEEN start AND end}. */
    static void between(FrameBoundKind start, int startLocation, FrameBoundKind end, int endLocation) {
        if (start == FrameBoundKind.UNBOUNDED_FOLLOWING) {
            throw error("frame start cannot be UNBOUNDED FOLLOWING", startLocation);
        }
        if (end == FrameBoundKind.UNBOUNDED_PRECEDING) {
            throw error("frame end cannot be UNBOUNDED PRECEDING", endLocation);
        }
        if (start == FrameBoundKind.CURRENT_ROW && end == FrameBoundKind.PRECEDING) {
            throw error("frame starting from current row cannot have preceding rows", endLocation);
        }
        if (start == FrameBoundKind.FOLLOWING
                && (end == FrameBoundKind.PRECEDING || end == FrameBoundKind.CURRENT_ROW)) {
            throw error("frame starting from following row cannot have preceding rows", endLocation);
        }
    }

    private static PgException error(String message, int location) {
        return new PgException(SqlState.WINDOWING_ERROR, message).withPosition(location + 1);
    }
}
