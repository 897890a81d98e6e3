package dev.olifant.sql.ast;

/**
 * {@code EXISTS (SELECT …)}.
 * @param location offset of EXISTS
 */
public record Exists(SelectStmt query, int location) implements Expr {
}
