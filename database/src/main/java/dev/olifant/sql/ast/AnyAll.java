package dev.olifant.sql.ast;

/**
 * {@code x op ANY | SOME | ALL (array expression)}.
 * @param all true for ALL, false for ANY / SOME
 * @param location offset of the operator
 */
public record AnyAll(
        Expr left,
        OperatorName operator,
        boolean all,
        Expr array,
        int location) implements Expr {
}
