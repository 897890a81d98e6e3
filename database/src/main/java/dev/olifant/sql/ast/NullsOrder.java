package dev.olifant.sql.ast;

/**
 * NULLS FIRST / LAST of an ORDER BY item or index column.
 */
public enum NullsOrder {
    /** not written */
    DEFAULT,
    FIRST,
    LAST
}
