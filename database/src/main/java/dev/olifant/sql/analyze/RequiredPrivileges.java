package dev.olifant.sql.analyze;

import dev.olifant.catalog.Acl;
import dev.olifant.catalog.Catalog;
import dev.olifant.catalog.Cluster;
import dev.olifant.catalog.Membership;
import dev.olifant.catalog.Relation;
import dev.olifant.catalog.Role;
import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import java.util.ArrayList;
import java.util.List;

/**
 * The table privileges a planned statement needs, checked every time it starts to run
 * (PostgreSQL's per-relation permission info, checked by ExecCheckRTPerms at executor start):
 * a prepared or cached plan is checked again on each execution, so a REVOKE or SET ROLE takes
 * effect for it at once.
 *
 * <p>Each entry names a relation, the privilege bits ({@link Acl.Privilege#bit()}) needed on it
 * and whose rights count: the current user's ({@code asUser} 0), or, for the relations a view
 * reads, the view owner's. Entries are checked in order and the first one missing a privilege
 * fails with {@code permission denied for table t} (or {@code view v}).
 *
 * <p>The check runs for every statement: a superuser with no view-owner entries costs one flag
 * test; otherwise it looks up each relation's ACL once, allocating nothing per row.
 */
public final class RequiredPrivileges {
    /** One relation's privileges, checked as {@code asUser} or, when 0, as the current user. */
    public record Entry(Relation relation, int privileges, long asUser) {
    }

    /** Nothing to check (statements that read no relation). */
    public static final RequiredPrivileges NONE = new RequiredPrivileges(List.of());

    /** The predefined roles pg_read_all_data and pg_write_all_data. */
    private static final Long READ_ALL_DATA = 6181L;
    private static final Long WRITE_ALL_DATA = 6182L;
    private static final int WRITES = Acl.Privilege.INSERT.bit() | Acl.Privilege.UPDATE.bit()
            | Acl.Privilege.DELETE.bit();

    private final Entry[] entries;
    private final boolean ownerEntries;

    RequiredPrivileges(List<Entry> entries) {
        this.entries = entries.toArray(new Entry[0]);
        boolean owners = false;
        for (Entry e : this.entries) {
            owners |= e.asUser() != 0;
        }
        this.ownerEntries = owners;
    }

    /** One privilege on one relation, for the current user (COPY, which plans no query). */
    public static RequiredPrivileges of(Relation rel, Acl.Privilege privilege) {
        return new RequiredPrivileges(List.of(new Entry(rel, privilege.bit(), 0)));
    }

    public List<Entry> entries() {
        return List.of(entries);
    }

    /**
     * Fails with {@code 42501} unless {@code current} (and each view's owner for what the view
     * reads) holds every privilege required.
     */
    public void check(Cluster cluster, Catalog catalog, Role current) {
        if (entries.length == 0 || current.superuser() && !ownerEntries) {
            return;
        }
        List<Long> mine = null;
        for (Entry e : entries) {
            List<Long> roles;
            if (e.asUser() == 0) {
                if (current.superuser()) {
                    continue;
                }
                roles = mine != null ? mine : (mine = privilegeRoles(cluster, current));
            } else {
                Role owner = cluster.role(e.asUser());
                if (owner == null || owner.superuser()) {
                    continue;
                }
                roles = privilegeRoles(cluster, owner);
            }
            if (!holds(catalog, e.relation(), roles, e.privileges())) {
                throw denied(e.relation());
            }
        }
    }

    /**
     * Whether {@code roles} (a role and those whose privileges it uses) hold every privilege bit
     * on the relation.
     */
    public static boolean holds(Catalog catalog, Relation rel, List<Long> roles, int privileges) {
        return (held(catalog, rel, roles, privileges) & privileges) == privileges;
    }

    /**
     * Which of the privilege bits {@code mask} {@code roles} hold on the relation (PostgreSQL's
     * pg_class_aclmask): its ACL decides, the owner-only default when it has none; members of
     * pg_read_all_data may also SELECT, members of pg_write_all_data INSERT, UPDATE and DELETE.
     */
    public static int held(Catalog catalog, Relation rel, List<Long> roles, int mask) {
        Acl acl = catalog.acl(rel.oid());
        if (acl == null) {
            acl = Acl.ownerDefault(rel.ownerOid());
        }
        int result = acl.privilegesOf(roles) & mask;
        int select = Acl.Privilege.SELECT.bit();
        if ((mask & select) != 0 && (result & select) == 0 && roles.contains(READ_ALL_DATA)) {
            result |= select;
        }
        int writes = WRITES & mask;
        if (writes != 0 && (result & WRITES) == 0 && roles.contains(WRITE_ALL_DATA)) {
            result |= writes;
        }
        return result;
    }

    /** Whether {@code roleOid} holds a privilege on the relation: a superuser always does. */
    public static boolean has(Cluster cluster, Catalog catalog, long roleOid, Relation rel, Acl.Privilege privilege) {
        Role r = cluster.role(roleOid);
        if (r != null && r.superuser()) {
            return true;
        }
        return r != null && holds(catalog, rel, privilegeRoles(cluster, r), privilege.bit());
    }

    /**
     * The roles whose privileges {@code role} uses (PostgreSQL's roles_is_member_of with
     * ROLERECURSE_PRIVS): itself, and the roles it is a member of, followed only through roles
     * that INHERIT; a NOINHERIT role uses its groups' privileges only after SET ROLE to them.
     */
    public static List<Long> privilegeRoles(Cluster cluster, Role role) {
        List<Long> out = new ArrayList<>();
        out.add(role.oid());
        List<Membership> memberships = cluster.memberships();
        for (int i = 0; i < out.size(); i++) {
            long member = out.get(i);
            Role r = i == 0 ? role : cluster.role(member);
            if (r == null || !r.inherit()) {
                continue;
            }
            for (Membership m : memberships) {
                if (m.memberOid() == member && !out.contains(m.roleOid())) {
                    out.add(m.roleOid());
                }
            }
        }
        return out;
    }

    /** PostgreSQL's aclcheck_error wording for a relation. */
    public static PgException denied(Relation rel) {
        return new PgException(SqlState.INSUFFICIENT_PRIVILEGE, "permission denied for " + rel.kindName() + " "
                + rel.name());
    }
}
