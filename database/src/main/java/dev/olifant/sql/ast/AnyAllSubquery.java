package dev.olifant.sql.ast;

/**
 * {@code x op ANY | SOME | ALL (SELECT …)}.
 * @param all true for ALL, false for ANY / SOME
 * @param location offset of the operator
 */
public record AnyAllSubquery(
        Expr left,
        OperatorName operator,
        boolean all,
        SelectStmt query,
        int location) implements Expr {
}
