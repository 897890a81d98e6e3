package dev.olifant.sql.ast;

/**
 * Join kinds.
 */
public enum JoinType {
    INNER,
    LEFT,
    RIGHT,
    FULL,
    CROSS
}
