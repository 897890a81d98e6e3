package dev.olifant.commands;

import dev.olifant.catalog.Membership;
import dev.olifant.catalog.Oids;
import dev.olifant.catalog.Role;
import dev.olifant.catalog.RoleGraph;
import dev.olifant.error.PgException;
import dev.olifant.error.Severity;
import dev.olifant.error.SqlState;
import dev.olifant.sql.ast.GrantRoleStmt;
import dev.olifant.sql.ast.RoleSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * GRANT role TO role and REVOKE role FROM role: PostgreSQL 15's GrantRole, AddRoleMems and
 * DelRoleMems (commands/user.c). The grantor (GRANTED BY, else the current user) and every
 * grantee are looked up first, then each granted role in turn: a superuser role needs a
 * superuser; any other role needs CREATEROLE or ADMIN OPTION on it (held by the grantor when
 * granting, by the current user when revoking). pg_database_owner takes no explicit members and
 * is no member of anything; a grant that would close a membership loop fails; a membership that
 * already exists is left alone with a notice (unless ADMIN OPTION is added), a missing one is
 * warned about on REVOKE. REVOKE ignores GRANTED BY and CASCADE, as PostgreSQL 15 does.
 *
 * <p>The statement works on a copy of pg_auth_members, so each change is seen by the next (a
 * role listed twice is "already a member" the second time) and an error leaves nothing changed;
 * the result is stored as one change of the cluster catalog, logged to the WAL like CREATE ROLE's
 * memberships. Like other role changes it takes effect at once, not at commit.
 */
final class RoleGrants {
    private RoleGrants() {
    }

    static String execute(GrantRoleStmt s, CommandContext ctx) {
        long user = ctx.userOid();
        // PostgreSQL 15's grammar drops REVOKE's GRANTED BY: the role it names is not even looked up
        long grantor = s.grantedBy() == null || !s.grant() ? user : roleOid(s.grantedBy(), ctx);
        List<Long> grantees = new ArrayList<>();
        for (RoleSpec r : s.grantees()) {
            grantees.add(roleOid(r, ctx));
        }
        change(ctx, (c, memberships) -> {
            for (int i = 0; i < s.roles().size(); i++) {
                if (i == s.columnsAt()) {
                    throw new PgException(SqlState.INVALID_GRANT_OPERATION,
                            "column names cannot be included in GRANT/REVOKE ROLE");
                }
                Role role = c.cluster().requireRole(s.roles().get(i));
                if (s.grant()) {
                    add(c, memberships, role, grantees, grantor, s.adminOption());
                } else {
                    delete(c, memberships, role, grantees, s.adminOption());
                }
            }
        });
        return s.grant() ? "GRANT ROLE" : "REVOKE ROLE";
    }

    /** What a statement does to the working copy of pg_auth_members. */
    interface MembershipChange {
        void apply(CommandContext ctx, List<Membership> memberships);
    }

    /**
     * Runs {@code body} on a copy of pg_auth_members under the cluster's membership lock and
     * stores the result. Its notices are held back until the lock is released, then sent in
     * order (also when the statement fails, as PostgreSQL sends them before the error).
     */
    static void change(CommandContext ctx, MembershipChange body) {
        List<PgException> notices = new ArrayList<>();
        CommandContext quiet = new CommandContext(ctx.cluster(), ctx.database(), ctx.catalogTxn(), ctx.analysisFor(),
                ctx.exec(), ctx.inTransactionBlock(), ctx.userOid(), notices::add, ctx.lockTimeoutMillis(),
                ctx.sessionsUsing());
        try {
            ctx.cluster().changeMemberships(memberships -> {
                body.apply(quiet, memberships);
                return memberships;
            });
        } finally {
            notices.forEach(ctx::notice);
        }
    }

    /**
     * PostgreSQL's AddRoleMems: makes {@code members} members of {@code role} in the working copy
     * {@code memberships}. CREATE ROLE's IN ROLE, ROLE and ADMIN come here too.
     */
    static void add(CommandContext ctx, List<Membership> memberships, Role role, List<Long> members,
            long grantor, boolean admin) {
        if (members.isEmpty()) {
            return;
        }
        checkPermission(ctx, memberships, role, grantor);
        if (role.oid() == Oids.PG_DATABASE_OWNER_ROLE) {
            throw new PgException(SqlState.INTERNAL_ERROR, "role \"" + role.name() + "\" cannot have explicit members");
        }
        Role me = ctx.cluster().role(ctx.userOid());
        if (grantor != ctx.userOid() && !me.superuser()) {
            throw new PgException(SqlState.INSUFFICIENT_PRIVILEGE, "must be superuser to set grantor");
        }
        for (int i = 0; i < members.size(); i++) {
            long member = members.get(i);
            String memberName = ctx.cluster().role(member).name();
            if (member == Oids.PG_DATABASE_OWNER_ROLE) {
                throw new PgException(SqlState.INTERNAL_ERROR, "role \"" + memberName
                        + "\" cannot be a member of any role");
            }
            if (RoleGraph.isMemberNoSuper(memberships, role.oid(), member)) {
                throw new PgException(SqlState.INVALID_GRANT_OPERATION, "role \"" + role.name()
                        + "\" is a member of role \"" + memberName + "\"");
            }
            Membership existing = RoleGraph.find(memberships, role.oid(), member);
            if (existing != null && (!admin || existing.adminOption())) {
                ctx.notice(CreateTable.notice(SqlState.SUCCESSFUL_COMPLETION, "role \"" + memberName
                        + "\" is already a member of role \"" + role.name() + "\""));
                continue;
            }
            Membership row = new Membership(role.oid(), member, grantor, admin);
            if (existing != null) {
                memberships.set(memberships.indexOf(existing), row);
            } else {
                memberships.add(row);
            }
        }
    }

    /** DelRoleMems. */
    private static void delete(CommandContext ctx, List<Membership> memberships, Role role, List<Long> members,
            boolean adminOnly) {
        checkPermission(ctx, memberships, role, ctx.userOid());
        for (long member : members) {
            Membership existing = RoleGraph.find(memberships, role.oid(), member);
            if (existing == null) {
                ctx.notice(new PgException(SqlState.WARNING, "role \"" + ctx.cluster().role(member).name()
                        + "\" is not a member of role \"" + role.name() + "\"").withSeverity(Severity.WARNING));
                continue;
            }
            int at = memberships.indexOf(existing);
            if (adminOnly) {
                memberships.set(at, new Membership(existing.roleOid(), member, existing.grantorOid(), false));
            } else {
                memberships.remove(at);
            }
        }
    }

    /**
     * To change a superuser role's members one must be a superuser; for any other role, hold
     * CREATEROLE (the current user) or ADMIN OPTION on it ({@code admin}, PostgreSQL's grantor).
     */
    private static void checkPermission(CommandContext ctx, List<Membership> memberships, Role role, long admin) {
        Role me = ctx.cluster().role(ctx.userOid());
        if (role.superuser()) {
            if (!me.superuser()) {
                throw new PgException(SqlState.INSUFFICIENT_PRIVILEGE, "must be superuser to alter superusers");
            }
        } else if (!me.superuser() && !me.createRole() && !RoleGraph.isAdmin(ctx.cluster(), memberships, admin,
                role.oid())) {
            throw new PgException(SqlState.INSUFFICIENT_PRIVILEGE, "must have admin option on role \""
                    + role.name() + "\"");
        }
    }

    /** A role specification as get_rolespec_oid resolves it; PUBLIC names no role. */
    private static long roleOid(RoleSpec r, CommandContext ctx) {
        return switch (r.kind()) {
            case NAME -> ctx.cluster().requireRole(r.name()).oid();
            case PUBLIC -> throw new PgException(SqlState.UNDEFINED_OBJECT, "role \"public\" does not exist");
            case CURRENT_ROLE, CURRENT_USER -> ctx.userOid();
            case SESSION_USER -> ctx.cluster().requireRole(ctx.exec().services().sessionUser()).oid();
        };
    }
}
