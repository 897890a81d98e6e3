package dev.olifant.sql.ast;

import java.util.List;

/**
 * Transaction control: BEGIN, START TRANSACTION, COMMIT / END, ROLLBACK / ABORT, SAVEPOINT,
 * RELEASE, ROLLBACK TO, PREPARE TRANSACTION, COMMIT / ROLLBACK PREPARED.
 * @param modes for BEGIN / START TRANSACTION
 * @param savepoint savepoint name (or the gid of the two-phase forms), null otherwise
 * @param chain AND CHAIN
 */
public record TransactionStmt(
        TransactionKind kind,
        List<TransactionMode> modes,
        String savepoint,
        boolean chain,
        int location) implements Statement {
    public TransactionStmt {
        modes = List.copyOf(modes);
    }
}
