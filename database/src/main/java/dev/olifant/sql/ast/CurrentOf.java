package dev.olifant.sql.ast;

/**
 * {@code WHERE CURRENT OF cursor} of UPDATE / DELETE.
 */
public record CurrentOf(String cursorName, int location) implements Expr {
}
