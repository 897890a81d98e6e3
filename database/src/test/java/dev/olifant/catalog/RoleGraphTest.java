package dev.olifant.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Membership, ADMIN OPTION and privilege walks over pg_auth_members, as acl.c's roles_is_member_of makes them. */
class RoleGraphTest {
    private static final long SUPER = Oids.BOOTSTRAP_SUPERUSER;
    private Cluster cluster;

    @BeforeEach
    void create() {
        cluster = Cluster.initialize("postgres");
        role(100, true);   // a: INHERIT
        role(101, true);   // b
        role(102, false);  // c: NOINHERIT
        role(103, true);   // d
        // a ∈ b ∈ d, c ∈ b; b holds d WITH ADMIN OPTION
        cluster.addMembership(new Membership(101, 100, SUPER, false));
        cluster.addMembership(new Membership(103, 101, SUPER, true));
        cluster.addMembership(new Membership(101, 102, SUPER, false));
    }

    private void role(long oid, boolean inherit) {
        cluster.putRole(new Role(oid, "r" + oid, false, inherit, false, false, true, false, false, -1, null, null));
    }

    @Test
    void membershipIsTransitiveAndIgnoresInherit() {
        List<Membership> ms = cluster.memberships();
        assertThat(RoleGraph.isMemberNoSuper(ms, 100, 103)).isTrue();
        assertThat(RoleGraph.isMemberNoSuper(ms, 102, 103)).isTrue();
        assertThat(RoleGraph.isMemberNoSuper(ms, 103, 100)).isFalse();
        assertThat(RoleGraph.isMemberNoSuper(ms, 100, 100)).isTrue();
        assertThat(RoleGraph.isMember(cluster, SUPER, 100)).isTrue();
        assertThat(RoleGraph.isMemberNoSuper(ms, SUPER, 100)).isFalse();
    }

    @Test
    void privilegesFollowOnlyInheritingRoles() {
        assertThat(RoleGraph.hasPrivileges(cluster, 100, 103)).isTrue();
        assertThat(RoleGraph.hasPrivileges(cluster, 102, 101)).isFalse();
        assertThat(RoleGraph.hasPrivileges(cluster, 102, 102)).isTrue();
        assertThat(RoleGraph.hasPrivileges(cluster, SUPER, 102)).isTrue();
    }

    @Test
    void adminOptionIsHeldThroughMembershipButNeverOnOneself() {
        List<Membership> ms = cluster.memberships();
        assertThat(RoleGraph.isAdmin(cluster, ms, 101, 103)).isTrue();
        assertThat(RoleGraph.isAdmin(cluster, ms, 100, 103)).isTrue();
        assertThat(RoleGraph.isAdmin(cluster, ms, 102, 103)).isTrue();
        assertThat(RoleGraph.isAdmin(cluster, ms, 100, 101)).isFalse();
        assertThat(RoleGraph.isAdmin(cluster, ms, 103, 103)).isFalse();
        assertThat(RoleGraph.isAdmin(cluster, ms, SUPER, 103)).isTrue();
    }

    @Test
    void changeMembershipsStoresTheResultOrNothing() {
        int[] changes = {0};
        cluster.setChangeListener(() -> changes[0]++);
        cluster.changeMemberships(ms -> {
            ms.removeIf(m -> m.memberOid() == 102);
            ms.set(ms.indexOf(RoleGraph.find(ms, 103, 101)), new Membership(103, 101, 100, false));
            return ms;
        });
        assertThat(changes[0]).isEqualTo(1);
        assertThat(RoleGraph.find(cluster.memberships(), 101, 102)).isNull();
        assertThat(RoleGraph.find(cluster.memberships(), 103, 101)).isEqualTo(new Membership(103, 101, 100, false));
        List<Membership> before = List.copyOf(cluster.memberships());
        try {
            cluster.changeMemberships(ms -> {
                ms.clear();
                throw new IllegalStateException("refused");
            });
        } catch (IllegalStateException expected) {
            // the change is abandoned
        }
        assertThat(cluster.memberships()).isEqualTo(before);
        assertThat(changes[0]).isEqualTo(1);
    }
}
