package dev.olifant.session;

import static dev.olifant.session.RecordingSink.error;
import static dev.olifant.session.RecordingSink.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Table privileges are checked each time a statement starts to run, as PostgreSQL's executor
 * does: a statement prepared once is checked again after SET ROLE, GRANT or REVOKE, and so are
 * the cached statements of SQL functions.
 */
class PrivilegesSessionTest {
    @TempDir
    Path dir;
    TestInstance db;
    Session s;

    @BeforeEach
    void open() {
        db = new TestInstance(dir);
        s = db.session();
        run(s, "create role alice");
        run(s, "create table t (a int)");
        run(s, "insert into t values (1), (2)");
    }

    @AfterEach
    void close() {
        db.close();
    }

    private RecordingSink execute(String statement) {
        s.bind("", statement, new short[0], new byte[0][], new short[0]);
        RecordingSink sink = new RecordingSink();
        s.execute("", 0, sink);
        s.sync();
        return sink;
    }

    private PgException executeFails(String statement) {
        try {
            execute(statement);
        } catch (PgException e) {
            s.extendedProtocolError();
            s.sync();
            return e;
        }
        throw new AssertionError("no error from " + statement);
    }

    @Test
    void aPreparedStatementIsCheckedForTheRoleRunningIt() {
        s.parse("q", "select count(*) from t", new int[0]);
        assertThat(execute("q").rows).containsExactly(List.of("2"));
        run(s, "set role alice");
        PgException e = executeFails("q");
        assertThat(e.state()).isEqualTo(SqlState.INSUFFICIENT_PRIVILEGE);
        assertThat(e.getMessage()).isEqualTo("permission denied for table t");
        run(s, "reset role");
        assertThat(execute("q").rows).containsExactly(List.of("2"));
    }

    @Test
    void aRevokeInAnotherSessionReachesAStatementPreparedBefore() {
        Session admin = db.session();
        run(admin, "grant select, update on t to alice");
        run(s, "set role alice");
        s.parse("q", "select a from t order by a", new int[0]);
        s.parse("u", "update t set a = 5 where false", new int[0]);
        assertThat(execute("q").rows).containsExactly(List.of("1"), List.of("2"));
        assertThat(execute("u").tags).containsExactly("UPDATE 0");
        run(admin, "revoke select on t from alice");
        assertThat(executeFails("q").getMessage()).isEqualTo("permission denied for table t");
        // reading no column of the target needs no SELECT
        assertThat(execute("u").tags).containsExactly("UPDATE 0");
        run(admin, "revoke update on t from alice");
        assertThat(executeFails("u").getMessage()).isEqualTo("permission denied for table t");
        run(admin, "grant all on t to alice");
        assertThat(execute("q").rows).containsExactly(List.of("1"), List.of("2"));
    }

    @Test
    void aPortalAlreadyRunningIsNotCheckedAgain() {
        run(s, "grant select on t to alice");
        run(s, "set role alice");
        run(s, "begin");
        s.parse("q", "select a from t order by a", new int[0]);
        s.bind("p", "q", new short[0], new byte[0][], new short[0]);
        RecordingSink first = new RecordingSink();
        assertThat(s.execute("p", 1, first)).isFalse();
        run(s, "reset role");
        run(s, "revoke select on t from alice");
        run(s, "set role alice");
        RecordingSink rest = new RecordingSink();
        assertThat(s.execute("p", 0, rest)).isTrue();
        assertThat(rest.rows).containsExactly(List.of("2"));
        assertThat(error(s, "select a from t").getMessage()).isEqualTo("permission denied for table t");
        run(s, "rollback");
    }

    @Test
    void sqlFunctionsCheckTheirCachedStatementsForTheCaller() {
        run(s, "create function n() returns bigint language sql as 'select count(*) from t'");
        run(s, "grant select on t to alice");
        run(s, "set role alice");
        assertThat(run(s, "select n()").rows).containsExactly(List.of("2"));
        run(s, "reset role");
        run(s, "revoke select on t from alice");
        run(s, "set role alice");
        assertThatThrownBy(() -> run(s, "select n()")).isInstanceOf(PgException.class)
                .hasMessage("permission denied for table t");
    }

    @Test
    void createTableAsChecksItsQueryOnlyWhenItRuns() {
        run(s, "set role alice");
        PgException e = error(s, "create table copy1 as select * from t");
        assertThat(e.state()).isEqualTo(SqlState.INSUFFICIENT_PRIVILEGE);
        assertThat(e.getMessage()).isEqualTo("permission denied for table t");
        run(s, "create table copy2 as select * from t with no data");
        assertThat(run(s, "select count(*) from copy2").rows).containsExactly(List.of("0"));
    }

    @Test
    void aViewReadsWithItsOwnersRightsForEveryCaller() {
        run(s, "create role bob");
        run(s, "create view v as select a from t");
        run(s, "alter view v owner to bob");
        run(s, "grant select on v to alice");
        run(s, "set role alice");
        assertThat(error(s, "select * from v").getMessage()).isEqualTo("permission denied for table t");
        run(s, "reset role");
        assertThat(error(s, "select * from v").getMessage()).isEqualTo("permission denied for table t");
        run(s, "grant select on t to bob");
        run(s, "set role alice");
        assertThat(run(s, "select count(*) from v").rows).containsExactly(List.of("2"));
        assertThat(error(s, "select count(*) from t").getMessage()).isEqualTo("permission denied for table t");
    }

    @Test
    void securityInvokerViewsAreRefusedRatherThanCheckedAsTheirOwner() {
        PgException e = error(s, "create view v with (security_invoker = true) as select a from t");
        assertThat(e.state()).isEqualTo(SqlState.FEATURE_NOT_SUPPORTED);
        assertThat(error(s, "create view v with (security_invoker) as select a from t").state())
                .isEqualTo(SqlState.FEATURE_NOT_SUPPORTED);
        assertThat(error(s, "create view v with (security_invoker = ye) as select a from t").state())
                .isEqualTo(SqlState.FEATURE_NOT_SUPPORTED);
        PgException bad = error(s, "create view v with (security_invoker = maybe) as select a from t");
        assertThat(bad.state()).isEqualTo(SqlState.INVALID_PARAMETER_VALUE);
        assertThat(bad.getMessage()).isEqualTo("invalid value for boolean option \"security_invoker\": maybe");
        run(s, "create view v with (security_invoker = off) as select a from t");
        assertThat(run(s, "select count(*) from v").rows).containsExactly(List.of("2"));
    }

    @Test
    void aRoleDroppedAndCreatedAgainUnderTheSameNameIsTheOneChecked() {
        Session admin = db.session();
        run(s, "set role alice");
        assertThat(error(s, "select * from t").getMessage()).isEqualTo("permission denied for table t");
        run(admin, "drop role alice");
        run(admin, "create role alice superuser");
        assertThat(run(s, "select count(*) from t").rows).containsExactly(List.of("2"));
        run(admin, "drop role alice");
        run(admin, "create role alice");
        assertThat(error(s, "select * from t").state()).isEqualTo(SqlState.INSUFFICIENT_PRIVILEGE);
    }
}
