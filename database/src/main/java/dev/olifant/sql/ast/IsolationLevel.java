package dev.olifant.sql.ast;

/**
 * Isolation levels; the lower-cased words with spaces are the setting's values.
 */
public enum IsolationLevel {
    SERIALIZABLE,
    REPEATABLE_READ,
    READ_COMMITTED,
    READ_UNCOMMITTED
}
