package dev.olifant.sql.ast;

/**
 * An item of a SELECT target list or RETURNING list.
 * @param expr the expression ({@link ColumnRef} with star for {@code *} and {@code t.*})
 * @param alias the output name of AS name or bare label, null when absent
 * @param location offset of the expression
 */
public record SelectTarget(Expr expr, String alias, int location) {
}
