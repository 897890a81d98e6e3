package dev.olifant.sql.ast;

/**
 * Referential actions.
 */
public enum ForeignKeyAction {
    NO_ACTION,
    RESTRICT,
    CASCADE,
    SET_NULL,
    SET_DEFAULT
}
