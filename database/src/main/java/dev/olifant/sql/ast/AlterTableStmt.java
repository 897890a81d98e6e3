package dev.olifant.sql.ast;

import java.util.List;

/**
 * {@code ALTER TABLE | INDEX | SEQUENCE | VIEW [IF EXISTS] [ONLY] name action, …}.
 * @param kind TABLE, INDEX, SEQUENCE or VIEW
 */
public record AlterTableStmt(
        ObjectKind kind,
        QualifiedName name,
        boolean ifExists,
        boolean only,
        List<AlterTableCmd> commands,
        int location) implements Statement {
    public AlterTableStmt {
        commands = List.copyOf(commands);
    }
}
