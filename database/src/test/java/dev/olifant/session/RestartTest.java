package dev.olifant.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Committed data, DDL, sequences and roles survive a clean restart and a crash (no shutdown checkpoint). */
class RestartTest {
    @TempDir
    Path dir;
    Instance instance;
    Session session;

    void start() {
        instance = Instance.open(new InstanceConfig(dir, 5432, "postgres", Map.of(), null, null));
        session = instance.open(new StartupRequest("postgres", "postgres", Map.of("user", "postgres"), 1));
    }

    void crash() {
        instance.durability().crash();
        instance = null;
    }

    void stop() {
        session.close();
        instance.close();
        instance = null;
    }

    @AfterEach
    void cleanup() {
        if (instance != null) {
            stop();
        }
    }

    List<List<String>> rows(String sql) {
        RecordingSink s = new RecordingSink();
        session.simpleQuery(sql, s);
        return s.rows;
    }

    void workload() {
        rows("create table t (id int primary key, name text not null, v numeric(10,2), d date, a int[])");
        rows("insert into t values (1, 'a', 1.5, '2024-01-02', '{1,2}'), (2, 'b', null, null, null), (3, 'c', 3, null, '{}')");
        rows("update t set name = 'bb' where id = 2");
        rows("delete from t where id = 3");
        rows("begin; insert into t values (4, 'rolled back', 0, null, null); rollback");
        rows("create sequence s");
        rows("select nextval('s'), nextval('s')");
        rows("create table u (x int)");
        rows("insert into u select g from generate_series(1, 100) g");
        rows("truncate u");
        rows("insert into u values (7)");
        rows("alter table t add column extra text default 'x'");
        rows("create index t_name on t (name)");
        rows("comment on table t is 'durable'");
    }

    void verify() {
        assertThat(rows("select id, name, v, d, a, extra from t order by id")).containsExactly(
                java.util.Arrays.asList("1", "a", "1.50", "2024-01-02", "{1,2}", "x"),
                java.util.Arrays.asList("2", "bb", null, null, null, "x"));
        assertThat(rows("select name from t where id = 2")).containsExactly(List.of("bb"));
        assertThat(rows("select id from t where name = 'a'")).containsExactly(List.of("1"));
        assertThat(rows("select x from u")).containsExactly(List.of("7"));
        assertThat(Long.parseLong(rows("select nextval('s')").get(0).get(0))).isGreaterThan(2);
        assertThat(rows("select obj_description('t'::regclass)")).containsExactly(List.of("durable"));
    }

    @Test
    void survivesCleanRestart() {
        start();
        workload();
        long oid = Long.parseLong(rows("select 't'::regclass::oid").get(0).get(0));
        stop();
        start();
        verify();
        assertThat(rows("select 't'::regclass::oid")).containsExactly(List.of(Long.toString(oid)));
        rows("insert into t (id, name) values (10, 'after')");
        assertThat(rows("select count(*) from t")).containsExactly(List.of("3"));
    }

    @Test
    void survivesCrash() {
        start();
        workload();
        crash();
        start();
        verify();
        rows("insert into t (id, name) values (10, 'after')");
        crash();
        start();
        assertThat(rows("select name from t where id = 10")).containsExactly(List.of("after"));
    }

    @Test
    void survivesCrashAfterCheckpoint() {
        start();
        rows("create table t (id int primary key, name text not null, v numeric(10,2), d date, a int[])");
        rows("insert into t values (100, 'gone', 0, null, null)");
        rows("checkpoint");
        rows("delete from t where id = 100");
        rows("drop table t");
        workload();
        rows("checkpoint");
        crash();
        start();
        verify();
        assertThat(rows("select count(*) from t where id = 100")).containsExactly(List.of("0"));
    }
}
