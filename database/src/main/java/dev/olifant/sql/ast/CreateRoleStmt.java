package dev.olifant.sql.ast;

import java.util.List;

/**
 * {@code CREATE ROLE | USER | GROUP name [[WITH] options]}; CREATE USER implies LOGIN (left to the
 * command, not added here).
 */
public record CreateRoleStmt(
        RoleStmtKind kind,
        String name,
        List<RoleOption> options,
        int location) implements Statement {
    public CreateRoleStmt {
        options = List.copyOf(options);
    }
}
