package dev.olifant.sql.ast;

import java.util.List;

/**
 * {@code GRANT role, … TO role, … [WITH ADMIN OPTION] [GRANTED BY r]} and {@code REVOKE [ADMIN
 * OPTION FOR] role, … FROM role, … [GRANTED BY r] [CASCADE | RESTRICT]}.
 * @param roles the granted roles
 * @param grantedBy null when absent
 * @param columnsAt index in {@code roles} of the first one written with a column list, which the
 *                  grammar accepts and the command rejects; -1 when none is
 */
public record GrantRoleStmt(
        boolean grant,
        List<String> roles,
        List<RoleSpec> grantees,
        boolean adminOption,
        RoleSpec grantedBy,
        DropBehavior behavior,
        int location,
        int columnsAt) implements Statement {
    public GrantRoleStmt {
        roles = List.copyOf(roles);
        grantees = List.copyOf(grantees);
    }

    public GrantRoleStmt(boolean grant, List<String> roles, List<RoleSpec> grantees, boolean adminOption,
            RoleSpec grantedBy, DropBehavior behavior, int location) {
        this(grant, roles, grantees, adminOption, grantedBy, behavior, location, -1);
    }
}
