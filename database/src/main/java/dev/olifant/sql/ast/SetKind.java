package dev.olifant.sql.ast;

/**
 * What a {@link SetStmt} sets.
 */
public enum SetKind {
    VALUE,
    DEFAULT,
    FROM_CURRENT
}
