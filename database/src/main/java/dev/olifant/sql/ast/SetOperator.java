package dev.olifant.sql.ast;

/**
 * The set operators.
 */
public enum SetOperator {
    UNION,
    INTERSECT,
    EXCEPT
}
