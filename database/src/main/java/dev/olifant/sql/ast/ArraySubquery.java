package dev.olifant.sql.ast;

/**
 * {@code ARRAY(SELECT …)}.
 * @param location offset of ARRAY
 */
public record ArraySubquery(SelectStmt query, int location) implements Expr {
}
