package dev.olifant.sql.ast;

/**
 * {@code DECLARE name [BINARY] [ASENSITIVE | INSENSITIVE] [[NO] SCROLL] CURSOR [{WITH | WITHOUT}
 * HOLD] FOR query}. The options may come in any order and repeat, as PostgreSQL's grammar allows;
 * contradictory ones (SCROLL with NO SCROLL, ASENSITIVE with INSENSITIVE) are rejected when the
 * statement is analysed, not parsed.
 *
 * @param scroll SCROLL was written
 * @param noScroll NO SCROLL was written (neither: the plan decides, as in PostgreSQL)
 * @param hold WITH HOLD (WITHOUT HOLD is the default)
 */
public record DeclareCursorStmt(String name, boolean binary, boolean asensitive, boolean insensitive, boolean scroll,
        boolean noScroll, boolean hold, SelectStmt query, int location) implements Statement {
}
