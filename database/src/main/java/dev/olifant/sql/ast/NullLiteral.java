package dev.olifant.sql.ast;

/**
 * NULL.
 */
public record NullLiteral(int location) implements Expr {
}
