package dev.olifant.sql.ast;

import java.util.List;

/**
 * {@code SET TRANSACTION modes}, {@code SET SESSION CHARACTERISTICS AS TRANSACTION modes}, {@code
 * SET TRANSACTION SNAPSHOT id}.
 * @param snapshot SET TRANSACTION SNAPSHOT id, null otherwise
 */
public record SetTransactionStmt(
        List<TransactionMode> modes,
        boolean sessionCharacteristics,
        String snapshot,
        int location) implements Statement {
    public SetTransactionStmt {
        modes = List.copyOf(modes);
    }
}
