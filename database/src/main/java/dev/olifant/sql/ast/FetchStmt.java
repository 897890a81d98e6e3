package dev.olifant.sql.ast;

/**
 * {@code FETCH [direction] [FROM | IN] cursor} and {@code MOVE …} with the same directions, in
 * PostgreSQL's normal form: a {@link FetchDirection} and a count, {@link #ALL} for ALL.
 *
 * @param move MOVE: the cursor moves but no rows are returned
 */
public record FetchStmt(FetchDirection direction, long count, String cursorName, boolean move, int location)
        implements Statement {
    /** The count of FORWARD ALL and BACKWARD ALL (PostgreSQL's FETCH_ALL). */
    public static final long ALL = Long.MAX_VALUE;
}
