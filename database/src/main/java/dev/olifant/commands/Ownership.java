package dev.olifant.commands;

import dev.olifant.catalog.Cluster;
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
}
