package dev.olifant.commands;

import dev.olifant.catalog.Catalog;
import dev.olifant.catalog.Database;
import dev.olifant.catalog.Namespace;
import dev.olifant.catalog.Relation;
import dev.olifant.catalog.Role;
import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.sql.ast.CreateRoleStmt;
import dev.olifant.sql.ast.DropStmt;
import dev.olifant.sql.ast.QualifiedName;
import dev.olifant.sql.ast.RoleOption;
import dev.olifant.sql.ast.RoleStmtKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * CREATE ROLE / USER / GROUP and DROP ROLE, with PostgreSQL's permission rules (superuser or
 * CREATEROLE; only a superuser makes or drops a superuser) and its dependency check: a role that
 * still owns objects cannot be dropped. Roles are cluster-wide and, like databases here, change
 * at once rather than at commit.
 */
final class Roles {
    private Roles() {
    }

    static String create(CreateRoleStmt s, CommandContext ctx) {
        Role me = ctx.cluster().role(ctx.userOid());
        boolean superuser = false;
        boolean inherit = true;
        boolean createRole = false;
        boolean createDb = false;
        boolean login = s.kind() == RoleStmtKind.USER;
        boolean replication = false;
        boolean bypassRls = false;
        int connLimit = -1;
        String password = null;
        Instant validUntil = null;
        List<String> inRoles = new ArrayList<>();
        List<String> members = new ArrayList<>();
        List<String> admins = new ArrayList<>();
        Set<dev.olifant.sql.ast.RoleOptionKind> seen = new HashSet<>();
        for (RoleOption o : s.options()) {
            if (!seen.add(o.kind())) {
                throw new PgException(SqlState.SYNTAX_ERROR, "conflicting or redundant options")
                        .withPosition(o.location() + 1);
            }
            switch (o.kind()) {
                case SUPERUSER -> superuser = o.enabled();
                case INHERIT -> inherit = o.enabled();
                case CREATEROLE -> createRole = o.enabled();
                case CREATEDB -> createDb = o.enabled();
                case LOGIN -> login = o.enabled();
                case REPLICATION -> replication = o.enabled();
                case BYPASSRLS -> bypassRls = o.enabled();
                case CONNECTION_LIMIT -> connLimit = Integer.parseInt(o.value());
                case PASSWORD, ENCRYPTED_PASSWORD -> password = o.value();
                case VALID_UNTIL -> validUntil = validUntil(o.value());
                case IN_ROLE -> inRoles.addAll(o.roles());
                case ROLE -> members.addAll(o.roles());
                case ADMIN -> admins.addAll(o.roles());
                case SYSID -> {
                }
            }
        }
        if (!me.superuser()) {
            if (superuser) {
                throw new PgException(SqlState.INSUFFICIENT_PRIVILEGE, "must be superuser to create superusers");
            }
            if (replication) {
                throw new PgException(SqlState.INSUFFICIENT_PRIVILEGE, "must be superuser to create replication users");
            }
            if (bypassRls) {
                throw new PgException(SqlState.INSUFFICIENT_PRIVILEGE, "must be superuser to create bypassrls users");
            }
            if (!me.createRole()) {
                throw new PgException(SqlState.INSUFFICIENT_PRIVILEGE, "permission denied to create role");
            }
        }
        if (s.name().startsWith("pg_")) {
            throw new PgException(SqlState.RESERVED_NAME, "role name \"" + s.name() + "\" is reserved")
                    .withDetail("Role names starting with \"pg_\" are reserved.");
        }
        if (ctx.cluster().role(s.name()) != null) {
            throw new PgException(SqlState.DUPLICATE_OBJECT, "role \"" + s.name() + "\" already exists");
        }
        List<Role> in = resolve(ctx, inRoles);
        Role r = new Role(ctx.newOid(), s.name(), superuser, inherit, createRole, createDb, login, replication,
                bypassRls, connLimit, password, validUntil);
        ctx.cluster().putRole(r);
        try {
            addMemberships(ctx, me, r, in, members, admins);
        } catch (PgException e) {
            ctx.cluster().removeRole(r.oid());
            throw e;
        }
        return "CREATE ROLE";
    }

    /**
     * IN ROLE, then ADMIN, then ROLE, each through GRANT's rules (PostgreSQL's CreateRole calls
     * AddRoleMems): the names of members are looked up once the new role exists, so that it may
     * name itself, and is refused as a membership loop.
     */
    private static void addMemberships(CommandContext ctx, Role me, Role r, List<Role> in, List<String> members,
            List<String> admins) {
        if (in.isEmpty() && members.isEmpty() && admins.isEmpty()) {
            return;
        }
        List<Long> adminOids = oids(resolve(ctx, admins));
        List<Long> memberOids = oids(resolve(ctx, members));
        RoleGrants.change(ctx, (c, ms) -> {
            for (Role g : in) {
                RoleGrants.add(c, ms, g, List.of(r.oid()), me.oid(), false);
            }
            RoleGrants.add(c, ms, r, adminOids, me.oid(), true);
            RoleGrants.add(c, ms, r, memberOids, me.oid(), false);
        });
    }

    private static List<Long> oids(List<Role> roles) {
        List<Long> out = new ArrayList<>();
        for (Role role : roles) {
            out.add(role.oid());
        }
        return out;
    }

    private static List<Role> resolve(CommandContext ctx, List<String> names) {
        List<Role> out = new ArrayList<>();
        for (String n : names) {
            out.add(ctx.cluster().requireRole(n));
        }
        return out;
    }

    private static Instant validUntil(String text) {
        if (text.equalsIgnoreCase("infinity")) {
            return Instant.MAX;
        }
        Object v = dev.olifant.types.TextIO.input(dev.olifant.types.Types.TIMESTAMPTZ, -1, text,
                dev.olifant.types.FormatSettings.defaults(java.time.ZoneOffset.UTC), null);
        return (Instant) v;
    }

    static String drop(DropStmt s, CommandContext ctx) {
        Role me = ctx.cluster().role(ctx.userOid());
        if (!me.superuser() && !me.createRole()) {
            throw new PgException(SqlState.INSUFFICIENT_PRIVILEGE, "permission denied to drop role");
        }
        List<Role> victims = new ArrayList<>();
        for (QualifiedName n : s.names()) {
            String name = n.last();
            Role r = ctx.cluster().role(name);
            if (r == null) {
                if (s.ifExists()) {
                    ctx.notice(CreateTable.notice(SqlState.SUCCESSFUL_COMPLETION, "role \"" + name
                            + "\" does not exist, skipping"));
                    continue;
                }
                throw new PgException(SqlState.UNDEFINED_OBJECT, "role \"" + name + "\" does not exist");
            }
            if (r.oid() == me.oid()) {
                throw new PgException(SqlState.OBJECT_IN_USE, "current user cannot be dropped");
            }
            if (r.oid() == dev.olifant.catalog.Oids.BOOTSTRAP_SUPERUSER || name.startsWith("pg_")) {
                throw new PgException(SqlState.DEPENDENT_OBJECTS_STILL_EXIST, "cannot drop role " + name
                        + " because it is required by the database system");
            }
            if (r.superuser() && !me.superuser()) {
                throw new PgException(SqlState.INSUFFICIENT_PRIVILEGE, "must be superuser to drop superusers");
            }
            List<String> owned = ownedObjects(ctx, r.oid());
            if (!owned.isEmpty()) {
                throw new PgException(SqlState.DEPENDENT_OBJECTS_STILL_EXIST, "role \"" + name
                        + "\" cannot be dropped because some objects depend on it")
                        .withDetail(String.join("\n", owned));
            }
            victims.add(r);
        }
        for (Role r : victims) {
            ctx.cluster().removeRole(r.oid());
        }
        return "DROP ROLE";
    }

    /**
     * What keeps a role from being dropped, worded as PostgreSQL's DROP ROLE detail lists it:
     * databases it owns, objects it owns in the current database, and a count per other database.
     */
    private static List<String> ownedObjects(CommandContext ctx, long roleOid) {
        List<String> out = new ArrayList<>();
        for (Database d : ctx.cluster().databases()) {
            if (d.info().ownerOid() == roleOid) {
                out.add("owner of database " + d.info().name());
            }
        }
        out.addAll(ownedIn(ctx.catalog(), roleOid));
        for (Database d : ctx.cluster().databases()) {
            if (d.info().oid() == ctx.database().info().oid()) {
                continue;
            }
            int n = ownedIn(d.committed(), roleOid).size();
            if (n > 0) {
                out.add(n + (n == 1 ? " object in database " : " objects in database ") + d.info().name());
            }
        }
        return out;
    }

    private static List<String> ownedIn(Catalog catalog, long roleOid) {
        List<String> out = new ArrayList<>();
        for (Namespace ns : catalog.namespaces()) {
            if (ns.ownerOid() == roleOid && !ns.isSystem()) {
                out.add("owner of schema " + ns.name());
            }
        }
        for (Relation r : catalog.relations()) {
            if (r.ownerOid() == roleOid && r.kind() != 'i') {
                out.add("owner of " + r.kindName() + " " + r.name());
            }
        }
        return out;
    }
}
