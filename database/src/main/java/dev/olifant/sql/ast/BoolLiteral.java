package dev.olifant.sql.ast;

/**
 * TRUE or FALSE.
 */
public record BoolLiteral(boolean value, int location) implements Expr {
}
