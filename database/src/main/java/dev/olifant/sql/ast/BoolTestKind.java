package dev.olifant.sql.ast;

/**
 * The six boolean tests.
 */
public enum BoolTestKind {
    IS_TRUE,
    IS_NOT_TRUE,
    IS_FALSE,
    IS_NOT_FALSE,
    IS_UNKNOWN,
    IS_NOT_UNKNOWN
}
