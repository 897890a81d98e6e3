package dev.olifant.sql.ast;

/**
 * {@code ALTER TABLE | VIEW | SEQUENCE | INDEX [IF EXISTS] name SET SCHEMA s}.
 */
public record AlterObjectSchemaStmt(
        ObjectKind kind,
        QualifiedName name,
        String newSchema,
        boolean ifExists,
        int location) implements Statement {
}
