package dev.olifant.sql.ast;

/**
 * CASCADE / RESTRICT on DROP, ALTER … DROP, TRUNCATE and REVOKE.
 */
public enum DropBehavior {
    /** not written (RESTRICT) */
    DEFAULT,
    RESTRICT,
    CASCADE
}
