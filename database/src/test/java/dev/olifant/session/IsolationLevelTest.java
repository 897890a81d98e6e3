package dev.olifant.session;

import static dev.olifant.session.RecordingSink.run;
import static dev.olifant.session.RecordingSink.error;
import static org.assertj.core.api.Assertions.assertThat;

import dev.olifant.error.PgException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Concurrent writers at each isolation level, each scenario run against PostgreSQL 15 first and
 * its results and messages copied here: READ COMMITTED's re-check of a concurrently updated row
 * (also through joins and along update chains an aborted update left behind), REPEATABLE READ's
 * 40001 on concurrent update and delete, and SERIALIZABLE's 40001 with its reason codes.
 */
class IsolationLevelTest {
    @TempDir
    Path dir;
    TestInstance db;
    Session a;
    Session b;
    Session c;

    @BeforeEach
    void open() {
        db = new TestInstance(dir);
        a = db.session();
        b = db.session();
        c = db.session();
        run(a, "create table t (id int primary key, v int)");
        run(a, "insert into t values (1, 0), (2, 0), (3, 0)");
    }

    @AfterEach
    void close() {
        db.close();
    }

    static CompletableFuture<RecordingSink> async(Session s, String sql) {
        return CompletableFuture.supplyAsync(() -> run(s, sql));
    }

    List<List<String>> rows(String sql) {
        return run(c, sql).rows;
    }

    @Test
    void readCommittedRecheckThroughAJoin() throws Exception {
        run(a, "create table s (id int, delta int)");
        run(a, "insert into s values (1, 10), (2, 20), (3, 30)");
        run(a, "begin");
        run(a, "update t set v = 5 where id = 1");
        run(a, "update t set v = 100 where id = 2");
        run(a, "delete from t where id = 3");
        var update = async(b, "update t set v = t.v + s.delta from s where s.id = t.id and t.v < 50 returning t.*, s.*");
        Thread.sleep(200);
        assertThat(update).isNotDone();
        run(a, "commit");
        // row 1 still qualifies with its new version, row 2 no longer does, row 3 is gone
        assertThat(update.get(5, TimeUnit.SECONDS).rows).containsExactly(List.of("1", "15", "1", "10"));
        assertThat(rows("select * from t order by id")).containsExactly(List.of("1", "15"), List.of("2", "100"));

        run(a, "begin");
        run(a, "update t set v = 6 where id = 1");
        var delete = async(b, "delete from t using s where s.id = t.id and t.v + s.delta = 25 returning *");
        Thread.sleep(200);
        run(a, "commit");
        assertThat(delete.get(5, TimeUnit.SECONDS).tags).containsExactly("DELETE 0");
        assertThat(rows("select * from t order by id")).containsExactly(List.of("1", "6"), List.of("2", "100"));
    }

    @Test
    void readCommittedRecheckDoesNotFollowAnUpdateThatRolledBack() throws Exception {
        run(c, "begin");
        run(c, "update t set v = v + 100 where id = 1");
        run(a, "begin");
        run(a, "update t set v = v + 10 where id = 2");
        // b's snapshot sees row 2's first version; b waits for c on row 1 first
        var update = async(b, "update t set v = v + 1 where id < 3 returning *");
        Thread.sleep(200);
        run(a, "commit");
        run(a, "begin");
        run(a, "update t set v = v + 1000 where id = 2"); // a newer version, then rolled back
        run(a, "rollback");
        run(c, "rollback");
        assertThat(update.get(5, TimeUnit.SECONDS).rows).containsExactly(List.of("1", "1"), List.of("2", "11"));
        assertThat(rows("select * from t order by id")).containsExactly(List.of("1", "1"), List.of("2", "11"),
                List.of("3", "0"));
    }

    @Test
    void repeatableReadFailsOnConcurrentUpdateAndDeleteOnly() throws Exception {
        run(b, "begin isolation level repeatable read");
        run(b, "select count(*) from t");
        run(a, "update t set v = 1 where id = 1");
        run(a, "delete from t where id = 2");
        assertThat(error(b, "update t set v = 2 where id = 1").getMessage())
                .isEqualTo("could not serialize access due to concurrent update");
        assertThat(error(b, "select 1").state().code()).isEqualTo("25P02");
        run(b, "rollback");

        run(b, "begin isolation level repeatable read");
        run(b, "select count(*) from t");
        run(a, "begin");
        run(a, "delete from t where id = 3");
        var waiting = CompletableFuture.supplyAsync(() -> error(b, "update t set v = 11 where id = 3"));
        Thread.sleep(200);
        assertThat(waiting).isNotDone();
        run(a, "commit");
        PgException e = waiting.get(5, TimeUnit.SECONDS);
        assertThat(e.state().code()).isEqualTo("40001");
        assertThat(e.getMessage()).isEqualTo("could not serialize access due to concurrent delete");
        run(b, "rollback");

        // a concurrent update that rolls back is no conflict
        run(a, "insert into t values (4, 0)");
        run(b, "begin isolation level repeatable read");
        run(b, "select count(*) from t");
        run(a, "begin");
        run(a, "update t set v = 9 where id = 4");
        var update = async(b, "update t set v = 10 where id = 4 returning *");
        Thread.sleep(200);
        run(a, "rollback");
        assertThat(update.get(5, TimeUnit.SECONDS).rows).containsExactly(List.of("4", "10"));
        run(b, "commit");
    }

    @Test
    void repeatableReadInsertOfAKeyCommittedMeanwhileIsAUniqueViolation() {
        run(b, "begin isolation level repeatable read");
        run(b, "select count(*) from t");
        run(a, "insert into t values (5, 0)");
        PgException e = error(b, "insert into t values (5, 1)");
        assertThat(e.state().code()).isEqualTo("23505");
        assertThat(e.detail()).isEqualTo("Key (id)=(5) already exists.");
        run(b, "rollback");
    }

    @Test
    void serializableFailsDuringWriteWhenThePivotIsIdentifiedThere() {
        run(a, "create table d (name text primary key, on_call bool)");
        run(a, "insert into d values ('alice', true), ('bob', true)");
        run(a, "begin isolation level serializable");
        run(a, "select count(*) from d where on_call");
        run(b, "begin isolation level serializable");
        run(b, "select count(*) from d where on_call");
        run(a, "update d set on_call = false where name = 'alice'");
        run(a, "commit");
        PgException e = error(b, "update d set on_call = false where name = 'bob'");
        assertThat(e.state().code()).isEqualTo("40001");
        assertThat(e.getMessage()).isEqualTo("could not serialize access due to read/write dependencies among transactions");
        assertThat(e.detail()).isEqualTo("Reason code: Canceled on identification as a pivot, during write.");
        assertThat(e.hint()).isEqualTo("The transaction might succeed if retried.");
        run(b, "rollback");
        assertThat(run(b, "select count(*) from d where on_call").rows).containsExactly(List.of("1"));
    }

    @Test
    void serializableReadOnlyTransactionFailsOnConflictOutToAPivot() {
        run(a, "create table ctl (k int primary key, batch int)");
        run(a, "insert into ctl values (1, 1)");
        run(a, "create table rc (id int primary key, batch int, amt int)");
        run(a, "begin isolation level serializable");
        run(a, "select batch from ctl where k = 1");
        run(a, "insert into rc values (2, 1, 100)");
        run(b, "begin isolation level serializable");
        run(b, "update ctl set batch = batch + 1 where k = 1");
        run(b, "commit");
        run(c, "begin isolation level serializable read only");
        assertThat(run(c, "select batch from ctl where k = 1").rows).containsExactly(List.of("2"));
        run(a, "commit");
        PgException e = error(c, "select sum(amt) from rc where batch = 1");
        assertThat(e.state().code()).isEqualTo("40001");
        assertThat(e.detail()).matches("Reason code: Canceled on conflict out to pivot \\d+, during read\\.");
        assertThat(e.hint()).isEqualTo("The transaction might succeed if retried.");
        run(c, "rollback");
    }
}
