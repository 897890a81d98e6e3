package dev.olifant.commands;

import dev.olifant.catalog.Cluster;
import dev.olifant.catalog.Namespace;
import dev.olifant.catalog.Relation;
import dev.olifant.catalog.RoleGraph;
import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;

/**
 * Ownership tests as PostgreSQL's pg_*_ownercheck make them (has_privs_of_role): a superuser
 * owns everything, and a role has the privileges of the roles it is a member of through roles
 * that INHERIT, so such a member of the owning role counts as an owner; a NOINHERIT member does
 * only after SET ROLE.
 */
public final class Ownership {
    private Ownership() {
    }

    /** Whether {@code roleOid} has the privileges of {@code ownerOid}. */
    public static boolean owns(Cluster cluster, long roleOid, long ownerOid) {
        return RoleGraph.hasPrivileges(cluster, roleOid, ownerOid);
    }

    /** Fails with PostgreSQL's {@code must be owner of <kind> <name>} unless the role owns the object. */
    public static void check(Cluster cluster, long roleOid, long ownerOid, String kind, String name) {
        if (!owns(cluster, roleOid, ownerOid)) {
            throw new PgException(SqlState.INSUFFICIENT_PRIVILEGE, "must be owner of " + kind + " " + name);
        }
    }

    /**
     * pg_class_ownercheck with aclcheck_error's wording: the object kind comes from the relkind
     * (get_relkind_objtype), a partitioned table being a table and a partitioned index an index.
     */
    public static void checkRelation(CommandContext ctx, Relation r) {
        check(ctx.cluster(), ctx.userOid(), r.ownerOid(), relationKind(r), r.name());
    }

    /** DROP's test (RangeVarCallbackForDropRelation): the owner of the relation or of its schema may drop it. */
    static void checkDropRelation(CommandContext ctx, Relation r) {
        Namespace ns = ctx.catalog().namespace(r.namespaceOid());
        if (ns != null && owns(ctx.cluster(), ctx.userOid(), ns.ownerOid())) {
            return;
        }
        checkRelation(ctx, r);
    }

    /** The object kind aclcheck_error names for a relation. */
    static String relationKind(Relation r) {
        return switch (r.kind()) {
            case 'r', 'p' -> "table";
            case 'i', 'I' -> "index";
            case 'v' -> "view";
            case 'm' -> "materialized view";
            case 'S' -> "sequence";
            case 'f' -> "foreign table";
            default -> "relation";
        };
    }

    /**
     * OWNER TO's extra rule (check_is_member_of_role): unless a superuser, the current role must be
     * a member of the new owner, INHERIT or not.
     */
    static void checkMemberOf(CommandContext ctx, long newOwner) {
        if (!dev.olifant.catalog.RoleGraph.isMember(ctx.cluster(), ctx.userOid(), newOwner)) {
            throw new PgException(SqlState.INSUFFICIENT_PRIVILEGE, "must be member of role \""
                    + ctx.cluster().role(newOwner).name() + "\"");
        }
    }

    /**
     * A command that recurses to the tables below {@code t} (inheritance children and partitions)
     * checks that the role owns each of them too, as ATSimplePermissions does when it recurses.
     */
    static void checkDescendants(CommandContext ctx, dev.olifant.catalog.Table t) {
        java.util.Set<Long> seen = new java.util.HashSet<>();
        seen.add(t.oid());
        for (dev.olifant.catalog.Table d : dev.olifant.catalog.InheritanceTree.descendants(ctx.catalog(), t)) {
            seen.add(d.oid());
            checkRelation(ctx, d);
        }
        for (dev.olifant.catalog.Table d : dev.olifant.catalog.PartitionTree.tree(ctx.catalog(), t)) {
            if (seen.add(d.oid())) {
                checkRelation(ctx, d);
            }
        }
    }
}
