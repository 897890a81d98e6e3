package dev.olifant.sql.ast;

import java.util.List;

/**
 * {@code CREATE [TEMP | UNLOGGED] SEQUENCE [IF NOT EXISTS] name [options]}.
 */
public record CreateSequenceStmt(
        QualifiedName name,
        Persistence persistence,
        boolean ifNotExists,
        List<SequenceOption> options,
        int location) implements Statement {
    public CreateSequenceStmt {
        options = List.copyOf(options);
    }
}
