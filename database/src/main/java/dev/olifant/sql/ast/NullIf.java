package dev.olifant.sql.ast;

/**
 * {@code NULLIF(a, b)}.
 */
public record NullIf(Expr left, Expr right, int location) implements Expr {
}
