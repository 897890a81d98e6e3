package dev.olifant.sql.ast;

/**
 * DEFAULT as a value in INSERT … VALUES or UPDATE … SET.
 */
public record DefaultExpr(int location) implements Expr {
}
