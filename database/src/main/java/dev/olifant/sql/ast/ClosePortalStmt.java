package dev.olifant.sql.ast;

/**
 * {@code CLOSE cursor | ALL}.
 *
 * @param cursorName null for ALL
 */
public record ClosePortalStmt(String cursorName, int location) implements Statement {
}
