package dev.olifant.sql.ast;

/**
 * {@code ALTER ROLE name | ALL [IN DATABASE d] SET … | RESET …}.
 * @param role null for ALL
 * @param database IN DATABASE name, null when absent
 * @param setting a {@link SetStmt} or {@link ResetStmt}
 */
public record AlterRoleSetStmt(
        RoleSpec role,
        String database,
        Statement setting,
        int location) implements Statement {
}
