package dev.olifant.sql.ast;

/**
 * UNION / INTERSECT / EXCEPT; INTERSECT binds tighter than UNION and EXCEPT, which associate to
 * the left.
 * @param all ALL (DISTINCT is the default)
 * @param location offset of the operator keyword
 */
public record SetOperation(
        SetOperator operator,
        boolean all,
        QueryBody left,
        QueryBody right,
        int location) implements QueryBody {
}
