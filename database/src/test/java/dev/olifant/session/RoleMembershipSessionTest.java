package dev.olifant.session;

import static dev.olifant.session.RecordingSink.error;
import static dev.olifant.session.RecordingSink.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.olifant.error.SqlState;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GRANT / REVOKE of roles: durable through restart and crash recovery, and all or nothing per statement. */
class RoleMembershipSessionTest {
    private static final String MEMBERS = "select r.rolname, m.rolname, g.rolname, a.admin_option"
            + " from pg_auth_members a join pg_roles r on r.oid = a.roleid join pg_roles m on m.oid = a.member"
            + " join pg_roles g on g.oid = a.grantor where r.rolname like 'g%' order by 1, 2";

    @TempDir
    Path dir;
    TestInstance db;
    Session s;

    @BeforeEach
    void open() {
        db = new TestInstance(dir);
        s = db.session();
        run(s, "create role grp");
        run(s, "create role grp2");
        run(s, "create role alice login");
        run(s, "create role bob login");
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<List<String>> members() {
        return run(s, MEMBERS).rows;
    }

    private void workload() {
        run(s, "grant grp to alice with admin option");
        run(s, "grant grp, grp2 to bob granted by alice");
        run(s, "revoke admin option for grp from alice");
        run(s, "revoke grp2 from bob");
    }

    private static final List<List<String>> AFTER_WORKLOAD = List.of(
            List.of("grp", "alice", "postgres", "f"),
            List.of("grp", "bob", "alice", "f"));

    @Test
    void membershipsSurviveACleanRestart() {
        workload();
        assertThat(members()).isEqualTo(AFTER_WORKLOAD);
        db.restart();
        s = db.session();
        assertThat(members()).isEqualTo(AFTER_WORKLOAD);
        assertThat(run(s, "select pg_has_role('bob', 'grp', 'usage')").rows).containsExactly(List.of("t"));
    }

    @Test
    void membershipsSurviveACrash() {
        workload();
        db.crash();
        s = db.session();
        assertThat(members()).isEqualTo(AFTER_WORKLOAD);
        run(s, "revoke grp from bob");
        run(s, "drop role alice");
        db.crash();
        s = db.session();
        assertThat(members()).isEmpty();
    }

    @Test
    void aFailingStatementChangesNothing() {
        run(s, "grant grp to alice");
        var e = error(s, "grant grp2, grp to bob, alice, nosuch");
        assertThat(e.state()).isEqualTo(SqlState.UNDEFINED_OBJECT);
        e = error(s, "grant grp2, grp to bob, grp2");
        assertThat(e.getMessage()).isEqualTo("role \"grp2\" is a member of role \"grp2\"");
        assertThat(members()).containsExactly(List.of("grp", "alice", "postgres", "f"));
    }

    @Test
    void aRoleListedTwiceIsAlreadyAMemberTheSecondTime() {
        var r = run(s, "grant grp to bob, bob");
        assertThat(r.notices).extracting(Throwable::getMessage)
                .containsExactly("role \"bob\" is already a member of role \"grp\"");
        assertThat(run(s, "revoke grp from bob, bob").notices).extracting(Throwable::getMessage)
                .containsExactly("role \"bob\" is not a member of role \"grp\"");
    }

    @Test
    void readOnlyTransactionsRefuseBoth() {
        run(s, "begin read only");
        var e = error(s, "revoke grp from alice");
        assertThat(e.state()).isEqualTo(SqlState.READ_ONLY_SQL_TRANSACTION);
        assertThat(e.getMessage()).isEqualTo("cannot execute REVOKE ROLE in a read-only transaction");
        run(s, "rollback");
        run(s, "begin read only");
        assertThat(error(s, "grant grp to alice").getMessage())
                .isEqualTo("cannot execute GRANT ROLE in a read-only transaction");
        run(s, "rollback");
        assertThat(members()).isEmpty();
    }

    @Test
    void sessionUserIsTheSessionsRoleNotTheCurrentOne() {
        run(s, "create role maker createrole");
        run(s, "set role maker");
        run(s, "grant grp to session_user, current_user");
        run(s, "reset role");
        assertThat(members()).containsExactly(List.of("grp", "maker", "maker", "f"),
                List.of("grp", "postgres", "maker", "f"));
    }

    @Test
    void concurrentGrantsAreAllKept() throws Exception {
        Session other = db.session();
        Thread a = Thread.ofVirtual().start(() -> {
            for (int i = 0; i < 50; i++) {
                run(s, "grant grp to alice");
                run(s, "revoke grp from alice");
            }
            run(s, "grant grp to alice");
        });
        Thread b = Thread.ofVirtual().start(() -> {
            for (int i = 0; i < 50; i++) {
                run(other, "grant grp2 to bob");
                run(other, "revoke grp2 from bob");
            }
            run(other, "grant grp2 to bob");
        });
        a.join();
        b.join();
        assertThat(members()).containsExactly(List.of("grp", "alice", "postgres", "f"),
                List.of("grp2", "bob", "postgres", "f"));
    }
}
