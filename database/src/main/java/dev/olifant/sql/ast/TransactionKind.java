package dev.olifant.sql.ast;

/**
 * Kinds of {@link TransactionStmt}; END is COMMIT and ABORT is ROLLBACK.
 */
public enum TransactionKind {
    BEGIN,
    START,
    COMMIT,
    ROLLBACK,
    SAVEPOINT,
    RELEASE,
    ROLLBACK_TO,
    PREPARE,
    COMMIT_PREPARED,
    ROLLBACK_PREPARED
}
