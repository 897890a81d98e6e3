package dev.olifant.sql.ast;

import java.util.List;

/**
 * {@code ALTER SEQUENCE [IF EXISTS] name options}.
 */
public record AlterSequenceStmt(
        QualifiedName name,
        boolean ifExists,
        List<SequenceOption> options,
        int location) implements Statement {
    public AlterSequenceStmt {
        options = List.copyOf(options);
    }
}
