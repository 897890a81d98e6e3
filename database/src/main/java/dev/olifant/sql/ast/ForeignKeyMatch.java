package dev.olifant.sql.ast;

/**
 * MATCH type of a foreign key.
 */
public enum ForeignKeyMatch {
    SIMPLE,
    FULL,
    PARTIAL
}
