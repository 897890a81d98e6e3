package dev.olifant.sql.ast;

/**
 * One ORDER BY item.
 * @param expr the sort expression (an integer literal is an output column ordinal)
 * @param direction ASC / DESC / USING or DEFAULT when not written
 * @param usingOperator the operator of USING op, null otherwise
 * @param nulls NULLS FIRST / LAST, DEFAULT when not written
 * @param location offset of the expression
 */
public record SortBy(
        Expr expr,
        SortDirection direction,
        OperatorName usingOperator,
        NullsOrder nulls,
        int location) {
}
