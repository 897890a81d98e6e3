package dev.olifant.sql.ast;

import java.util.List;

/**
 * {@code ALTER ROLE | USER name [WITH] options}.
 */
public record AlterRoleStmt(RoleSpec role, List<RoleOption> options, int location) implements Statement {
    public AlterRoleStmt {
        options = List.copyOf(options);
    }
}
