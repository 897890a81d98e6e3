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

/** CREATE / DROP ROLE, SET ROLE, table privileges and the ownership checks of CLUSTER and VACUUM. */
class RolesSessionTest {
    @TempDir
    Path dir;
    TestInstance db;
    Session s;

    @BeforeEach
    void open() {
        db = new TestInstance(dir);
        s = db.session();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private String one(String sql) {
        return run(s, sql).rows.get(0).get(0);
    }

    @Test
    void setRoleChangesTheCurrentUserUntilReset() {
        run(s, "create role alice");
        assertThat(error(s, "create role alice").state()).isEqualTo(SqlState.DUPLICATE_OBJECT);
        run(s, "set role alice");
        assertThat(run(s, "select current_user, session_user").rows).containsExactly(List.of("alice", "postgres"));
        assertThat(one("show is_superuser")).isEqualTo("off");
        assertThat(error(s, "create role bob").getMessage()).isEqualTo("permission denied to create role");
        run(s, "reset role");
        assertThat(one("select current_user")).isEqualTo("postgres");
        assertThat(one("show role")).isEqualTo("none");
        assertThat(error(s, "set role nobody").getMessage()).isEqualTo("role \"nobody\" does not exist");
    }

    @Test
    void setRoleIsUndoneByRollback() {
        run(s, "create role alice");
        run(s, "begin");
        run(s, "set role alice");
        assertThat(one("select current_user")).isEqualTo("alice");
        run(s, "rollback");
        assertThat(one("select current_user")).isEqualTo("postgres");
    }

    @Test
    void dropRoleRefusesWhileTheRoleOwnsObjects() {
        run(s, "create role alice");
        run(s, "create table t (a int)");
        run(s, "alter table t owner to alice");
        var e = error(s, "drop role alice");
        assertThat(e.state()).isEqualTo(SqlState.DEPENDENT_OBJECTS_STILL_EXIST);
        assertThat(e.detail()).isEqualTo("owner of table t");
        run(s, "drop table t");
        run(s, "drop role alice");
        assertThat(run(s, "drop role if exists alice").notices.get(0).getMessage())
                .isEqualTo("role \"alice\" does not exist, skipping");
    }

    @Test
    void truncateNeedsTheTruncatePrivilege() {
        run(s, "create role alice");
        run(s, "create table t (a int)");
        run(s, "insert into t values (1)");
        run(s, "set role alice");
        assertThat(error(s, "truncate t").getMessage()).isEqualTo("permission denied for table t");
        run(s, "reset role");
        run(s, "grant truncate on t to alice");
        assertThat(one("select relacl::text from pg_class where relname = 't'"))
                .isEqualTo("{postgres=arwdDxt/postgres,alice=D/postgres}");
        run(s, "set role alice");
        run(s, "truncate t");
        run(s, "reset role");
        assertThat(one("select count(*) from t")).isEqualTo("0");
        run(s, "revoke truncate on t from alice");
        run(s, "set role alice");
        assertThat(error(s, "truncate t").state()).isEqualTo(SqlState.INSUFFICIENT_PRIVILEGE);
    }

    @Test
    void grantsAndRolesSurviveARestart() {
        run(s, "create role alice");
        run(s, "create table t (a int)");
        run(s, "grant select, truncate on t to alice");
        db.restart();
        s = db.session();
        assertThat(one("select relacl::text from pg_class where relname = 't'"))
                .isEqualTo("{postgres=arwdDxt/postgres,alice=rD/postgres}");
    }

    @Test
    void clusterOrdersTheRowsByTheIndexAndChecksTheOwner() {
        run(s, "create role alice");
        run(s, "create table t (a int, b text)");
        run(s, "insert into t values (3, 'c'), (1, 'a'), (2, 'b')");
        run(s, "create index t_a on t (a)");
        run(s, "cluster t using t_a");
        assertThat(run(s, "select a from t").rows).containsExactly(List.of("1"), List.of("2"), List.of("3"));
        assertThat(error(s, "cluster t using nope").getMessage())
                .isEqualTo("index \"nope\" for table \"t\" does not exist");
        run(s, "set role alice");
        assertThat(error(s, "cluster t using t_a").getMessage()).isEqualTo("must be owner of table t");
    }

    @Test
    void vacuumAndAnalyzeSkipTablesOfOthersWithAWarning() {
        run(s, "create role alice");
        run(s, "create table t (a int)");
        run(s, "set role alice");
        assertThat(run(s, "vacuum t").notices.get(0).getMessage())
                .isEqualTo("skipping \"t\" --- only table or database owner can vacuum it");
        assertThat(run(s, "analyze t").notices.get(0).getMessage())
                .isEqualTo("skipping \"t\" --- only table or database owner can analyze it");
    }
}
