package dev.olifant.sql.ast;

/**
 * Transaction modes.
 */
public enum TransactionModeKind {
    ISOLATION_LEVEL,
    READ_ONLY,
    READ_WRITE,
    DEFERRABLE,
    NOT_DEFERRABLE
}
