package dev.olifant.sql.ast;

/**
 * NOT x.
 * @param location offset of NOT
 */
public record Not(Expr arg, int location) implements Expr {
}
