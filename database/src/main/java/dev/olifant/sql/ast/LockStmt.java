package dev.olifant.sql.ast;

import java.util.List;

/**
 * {@code LOCK [TABLE] [ONLY] name [*], … [IN mode MODE] [NOWAIT]}.
 */
public record LockStmt(
        List<TableRef> tables,
        LockMode mode,
        boolean nowait,
        int location) implements Statement {
    public LockStmt {
        tables = List.copyOf(tables);
    }
}
