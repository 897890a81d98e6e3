package dev.olifant.sql.ast;

import java.util.List;

/**
 * {@code GRANT role, … TO role, … [WITH ADMIN OPTION] [GRANTED BY r]} and {@code REVOKE [ADMIN
 * OPTION FOR] role, … FROM role, … [CASCADE | RESTRICT]}.
 * @param roles the granted roles
 * @param grantedBy null when absent
 */
public record GrantRoleStmt(
        boolean grant,
        List<String> roles,
        List<RoleSpec> grantees,
        boolean adminOption,
        RoleSpec grantedBy,
        DropBehavior behavior,
        int location) implements Statement {
    public GrantRoleStmt {
        roles = List.copyOf(roles);
        grantees = List.copyOf(grantees);
    }
}
