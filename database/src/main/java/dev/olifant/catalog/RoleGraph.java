package dev.olifant.catalog;

import java.util.ArrayList;
import java.util.List;

/**
 * Questions about the membership graph (pg_auth_members), answered as PostgreSQL's acl.c
 * answers them with roles_is_member_of: a walk from a role up through the roles it is a member
 * of, directly or through other roles. Membership ignores INHERIT (it decides SET ROLE and
 * membership loops); the privileges a role uses follow only through roles that INHERIT.
 * Each walk takes the list of memberships to consult, so a command can ask about the state it
 * is building before it stores it.
 */
public final class RoleGraph {
    private RoleGraph() {
    }

    /**
     * Whether {@code member} is {@code role} or a member of it, directly or not, superuser
     * status ignored (PostgreSQL's is_member_of_role_nosuper).
     */
    public static boolean isMemberNoSuper(List<Membership> memberships, long member, long role) {
        return member == role || reachable(memberships, member).contains(role);
    }

    /** Whether {@code member} is a member of {@code role} (is_member_of_role): superusers are of every role. */
    public static boolean isMember(Cluster cluster, long member, long role) {
        Role r = cluster.role(member);
        return r != null && r.superuser() || isMemberNoSuper(cluster.memberships(), member, role);
    }

    /**
     * Whether {@code member} may grant and revoke membership in {@code role} (is_admin_of_role):
     * a superuser may; otherwise some role on {@code member}'s membership walk must hold
     * {@code role} WITH ADMIN OPTION. By policy a role never administers itself.
     */
    public static boolean isAdmin(Cluster cluster, List<Membership> memberships, long member, long role) {
        Role r = cluster.role(member);
        if (r != null && r.superuser()) {
            return true;
        }
        if (member == role) {
            return false;
        }
        List<Long> walk = reachable(memberships, member);
        walk.add(0, member);
        for (Membership m : memberships) {
            if (m.roleOid() == role && m.adminOption() && walk.contains(m.memberOid())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code member} holds the privileges of {@code role} (has_privs_of_role): it is a
     * superuser, or {@code role} is reached walking only through roles that INHERIT.
     */
    public static boolean hasPrivileges(Cluster cluster, long member, long role) {
        Role r = cluster.role(member);
        if (r != null && r.superuser()) {
            return true;
        }
        if (member == role) {
            return true;
        }
        List<Long> out = new ArrayList<>();
        out.add(member);
        for (int i = 0; i < out.size(); i++) {
            Role from = cluster.role(out.get(i));
            if (from == null || !from.inherit()) {
                continue;
            }
            for (Membership m : cluster.memberships()) {
                if (m.memberOid() == from.oid() && !out.contains(m.roleOid())) {
                    out.add(m.roleOid());
                }
            }
        }
        return out.contains(role);
    }

    /** The roles {@code member} is a member of, directly or not, itself excluded unless in a loop. */
    private static List<Long> reachable(List<Membership> memberships, long member) {
        List<Long> out = new ArrayList<>();
        List<Long> queue = new ArrayList<>();
        queue.add(member);
        for (int i = 0; i < queue.size(); i++) {
            long r = queue.get(i);
            for (Membership m : memberships) {
                if (m.memberOid() == r && !out.contains(m.roleOid())) {
                    out.add(m.roleOid());
                    queue.add(m.roleOid());
                }
            }
        }
        return out;
    }

    /** The membership row of {@code member} in {@code role}, or null. */
    public static Membership find(List<Membership> memberships, long role, long member) {
        for (Membership m : memberships) {
            if (m.roleOid() == role && m.memberOid() == member) {
                return m;
            }
        }
        return null;
    }
}
