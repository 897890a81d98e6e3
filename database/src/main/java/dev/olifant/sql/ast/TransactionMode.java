package dev.olifant.sql.ast;

/**
 * One transaction mode.
 * @param isolationLevel for ISOLATION_LEVEL, null otherwise
 */
public record TransactionMode(TransactionModeKind kind, IsolationLevel isolationLevel) {
}
