package dev.olifant.sql.ast;

/**
 * {@code ALTER DATABASE | SCHEMA name OWNER TO role} (relations use {@link AlterTableStmt} with
 * {@link OwnerTo}).
 */
public record AlterOwnerStmt(
        ObjectKind kind,
        QualifiedName name,
        RoleSpec owner,
        int location) implements Statement {
}
