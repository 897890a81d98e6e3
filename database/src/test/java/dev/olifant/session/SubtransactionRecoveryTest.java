package dev.olifant.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.olifant.error.PgException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash recovery replays what a transaction committed, and nothing of its rolled-back
 * subtransactions nor of a SERIALIZABLE transaction whose commit was refused.
 */
class SubtransactionRecoveryTest {
    @TempDir
    Path dir;
    Instance instance;
    Session a;
    Session b;

    void start() {
        instance = Instance.open(new InstanceConfig(dir, 5432, "postgres", Map.of(), null, null));
        a = instance.open(new StartupRequest("postgres", "postgres", Map.of("user", "postgres"), 1));
        b = instance.open(new StartupRequest("postgres", "postgres", Map.of("user", "postgres"), 2));
    }

    void crash() {
        instance.durability().crash();
        instance = null;
    }

    @AfterEach
    void cleanup() {
        if (instance != null) {
            a.close();
            b.close();
            instance.close();
        }
    }

    static List<List<String>> rows(Session s, String sql) {
        RecordingSink sink = new RecordingSink();
        s.simpleQuery(sql, sink);
        return sink.rows;
    }

    @Test
    void rolledBackSubtransactionsAreNotReplayed() {
        start();
        rows(a, "create table t (id int primary key, v text)");
        rows(a, "begin");
        rows(a, "insert into t values (1, 'one')");
        rows(a, "savepoint s1");
        rows(a, "insert into t values (2, 'rolled back')");
        rows(a, "update t set v = 'rolled back' where id = 1");
        rows(a, "rollback to savepoint s1");
        rows(a, "insert into t values (3, 'three')");
        rows(a, "savepoint s2");
        rows(a, "delete from t where id = 3");
        rows(a, "release savepoint s2");
        rows(a, "savepoint s3");
        rows(a, "insert into t values (4, 'failed')");
        assertThatThrownBy(() -> rows(a, "insert into t values (1, 'duplicate')")).isInstanceOf(PgException.class);
        rows(a, "rollback to savepoint s3");
        rows(a, "insert into t values (5, 'five')");
        rows(a, "commit");
        List<List<String>> before = rows(a, "select * from t order by id");
        assertThat(before).containsExactly(List.of("1", "one"), List.of("5", "five"));
        crash();
        start();
        assertThat(rows(a, "select * from t order by id")).isEqualTo(before);
        rows(a, "insert into t values (2, 'two'), (4, 'four')"); // their keys are free
        assertThat(rows(a, "select count(*) from t")).containsExactly(List.of("4"));
    }

    @Test
    void aCommitRefusedBySerializableSnapshotIsolationIsNotReplayed() {
        start();
        rows(a, "create table d (name text primary key, on_call bool)");
        rows(a, "insert into d values ('alice', true), ('bob', true)");
        rows(a, "begin isolation level serializable");
        rows(a, "select count(*) from d where on_call");
        rows(b, "begin isolation level serializable");
        rows(b, "select count(*) from d where on_call");
        rows(a, "update d set on_call = false where name = 'alice'");
        rows(b, "update d set on_call = false where name = 'bob'");
        rows(a, "commit");
        assertThatThrownBy(() -> rows(b, "commit")).isInstanceOfSatisfying(PgException.class,
                e -> assertThat(e.state().code()).isEqualTo("40001"));
        crash();
        start();
        assertThat(rows(a, "select * from d order by name")).containsExactly(List.of("alice", "f"), List.of("bob", "t"));
    }
}
