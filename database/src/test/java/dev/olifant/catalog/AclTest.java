package dev.olifant.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AclTest {
    private static final int SELECT = Acl.Privilege.SELECT.bit();
    private static final int TRUNCATE = Acl.Privilege.TRUNCATE.bit();

    @Test
    void grantAddsToTheGranteesItemAndRevokeRemovesIt() {
        Acl acl = Acl.ownerDefault(10).change(20, 10, SELECT | TRUNCATE, true, false);
        assertThat(acl.privilegesOf(List.of(20L))).isEqualTo(SELECT | TRUNCATE);
        assertThat(acl.privilegesOf(List.of(30L))).isZero();
        acl = acl.change(20, 10, TRUNCATE, false, false);
        assertThat(acl.privilegesOf(List.of(20L))).isEqualTo(SELECT);
        acl = acl.change(20, 10, SELECT, false, false);
        assertThat(acl.items()).hasSize(1);
    }

    @Test
    void publicGrantsReachEveryRole() {
        Acl acl = Acl.ownerDefault(10).change(Acl.PUBLIC, 10, SELECT, true, false);
        assertThat(acl.privilegesOf(List.of(99L))).isEqualTo(SELECT);
    }

    @Test
    void revokingTheGrantOptionKeepsThePrivilege() {
        Acl acl = Acl.ownerDefault(10).change(20, 10, SELECT, true, true);
        assertThat(acl.grantOptionsOf(List.of(20L))).isEqualTo(SELECT);
        acl = acl.change(20, 10, SELECT, false, true);
        assertThat(acl.grantOptionsOf(List.of(20L))).isZero();
        assertThat(acl.privilegesOf(List.of(20L))).isEqualTo(SELECT);
    }

    @Test
    void lettersFollowPostgresOrderWithGrantOptionStars() {
        assertThat(Acl.letters(Acl.ALL_TABLE, 0)).isEqualTo("arwdDxt");
        assertThat(Acl.letters(SELECT | TRUNCATE, SELECT)).isEqualTo("r*D");
    }

    @Test
    void anOwnerChangeMovesTheOwnersItems() {
        Acl acl = Acl.ownerDefault(10).change(20, 10, SELECT, true, false).withNewOwner(10, 30);
        assertThat(acl.items()).containsExactly(new Acl.Item(30, 30, Acl.ALL_TABLE, 0), new Acl.Item(20, 30, SELECT, 0));
    }
}
