package dev.olifant.sql.ast;

/**
 * Direction of an ORDER BY item.
 */
public enum SortDirection {
    /** not written (ascending) */
    DEFAULT,
    ASC,
    DESC,
    /** ordered by {@link SortBy#usingOperator()} */
    USING
}
