package dev.olifant.sql.ast;

/**
 * {@code x [NOT] IN (SELECT …)}; a row {@code (a, b) IN (SELECT …)} has a {@link RowExpr} arg.
 * @param location offset of IN (or of NOT)
 */
public record InSubquery(Expr arg, SelectStmt query, boolean not, int location) implements Expr {
}
