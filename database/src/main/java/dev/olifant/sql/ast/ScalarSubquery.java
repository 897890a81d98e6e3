package dev.olifant.sql.ast;

/**
 * A parenthesized subquery used as a value.
 * @param location offset of the opening parenthesis
 */
public record ScalarSubquery(SelectStmt query, int location) implements Expr {
}
