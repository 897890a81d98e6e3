package dev.olifant.session;

import static dev.olifant.session.ForeignKeyLockTest.async;
import static dev.olifant.session.RecordingSink.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A SERIALIZABLE READ ONLY DEFERRABLE transaction's wait for a safe snapshot shows as blocked to
 * pg_isolation_test_session_is_blocked(), and pg_safe_snapshot_blocking_pids() names the
 * read-write transactions it waits for.
 */
class SafeSnapshotWaitTest {
    @TempDir
    Path dir;
    TestInstance db;
    Session rw;
    Session ro;
    Session observer;

    @BeforeEach
    void open() {
        db = new TestInstance(dir);
        rw = db.session();
        ro = db.session();
        observer = db.session();
        run(rw, "create table t (id int primary key, v int)");
        run(rw, "insert into t values (1, 0)");
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void deferrableWaitIsReportedAsBlocked() throws Exception {
        run(rw, "begin isolation level serializable");
        run(rw, "update t set v = 1 where id = 1");
        run(ro, "begin isolation level serializable read only deferrable");
        CompletableFuture<Object> read = async(ro, "select v from t");
        Thread.sleep(300);
        assertThat(read).isNotDone();
        assertThat(run(observer, "select pg_isolation_test_session_is_blocked(2, '{1}')").rows)
                .containsExactly(List.of("t"));
        assertThat(run(observer, "select pg_safe_snapshot_blocking_pids(2)").rows).containsExactly(List.of("{1}"));
        assertThat(run(observer, "select pg_safe_snapshot_blocking_pids(1)").rows).containsExactly(List.of("{}"));
        run(rw, "commit");
        // the writer had no conflicts out: the snapshot taken before its commit is safe and kept
        Object result = read.get(5, TimeUnit.SECONDS);
        assertThat(result).isInstanceOfSatisfying(RecordingSink.class,
                r -> assertThat(r.rows).containsExactly(List.of("0")));
        assertThat(run(observer, "select pg_isolation_test_session_is_blocked(2, '{1}')").rows)
                .containsExactly(List.of("f"));
        run(ro, "commit");
    }
}
