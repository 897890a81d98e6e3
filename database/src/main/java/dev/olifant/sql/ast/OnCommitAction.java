package dev.olifant.sql.ast;

/**
 * ON COMMIT of a temporary table.
 */
public enum OnCommitAction {
    /** not written */
    NOOP,
    PRESERVE_ROWS,
    DELETE_ROWS,
    DROP
}
