package dev.olifant.session;

import static dev.olifant.session.RecordingSink.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.olifant.error.PgException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Foreign key checks lock the referenced row FOR KEY SHARE through the lock manager's row locks:
 * referencing inserts and key-preserving updates of the parent pass each other, a delete of the
 * parent is waited for, the waits show in pg_locks, and a cycle through them is a deadlock.
 */
class ForeignKeyLockTest {
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
        run(a, "create table parent (id int primary key, aux text)");
        run(a, "create table child (id int primary key, pid int references parent)");
        run(a, "insert into parent values (1, 'one'), (2, 'two')");
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** Each waiting statement gets a thread of its own (the common pool may have a single one). */
    static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fk-lock-test");
        t.setDaemon(true);
        return t;
    });

    static CompletableFuture<Object> async(Session s, String sql) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return run(s, sql);
            } catch (PgException e) {
                return e;
            }
        }, POOL);
    }

    @Test
    void childInsertsOfOneParentDoNotBlockEachOther() {
        run(a, "begin");
        run(a, "insert into child values (1, 1)");
        run(b, "begin");
        assertThat(run(b, "insert into child values (2, 1)").tags).containsExactly("INSERT 0 1");
        // nor does a key-preserving update of the parent (FOR NO KEY UPDATE)
        assertThat(run(c, "update parent set aux = 'uno' where id = 1").tags).containsExactly("UPDATE 1");
        run(a, "commit");
        run(b, "commit");
        assertThat(run(a, "select count(*) from child").rows).containsExactly(List.of("2"));
    }

    @Test
    void childInsertWaitsForAParentDeleteAndFailsWhenItCommits() throws Exception {
        run(a, "begin");
        run(a, "delete from parent where id = 2");
        CompletableFuture<Object> insert = async(b, "insert into child values (1, 2)");
        Thread.sleep(300);
        assertThat(insert).isNotDone();
        // the wait is a lock manager wait: pg_locks and pg_blocking_pids show it
        assertThat(run(c, "select count(*) from pg_locks where locktype = 'transactionid' and not granted").rows)
                .containsExactly(List.of("1"));
        assertThat(run(c, "select cardinality(pg_blocking_pids(2))").rows).containsExactly(List.of("1"));
        run(a, "commit");
        Object result = insert.get(5, TimeUnit.SECONDS);
        assertThat(result).isInstanceOfSatisfying(PgException.class, e -> {
            assertThat(e.state().code()).isEqualTo("23503");
            assertThat(e.getMessage()).isEqualTo(
                    "insert or update on table \"child\" violates foreign key constraint \"child_pid_fkey\"");
        });
    }

    @Test
    void childInsertWaitsForAParentDeleteAndSucceedsWhenItRollsBack() throws Exception {
        run(a, "begin");
        run(a, "delete from parent where id = 2");
        CompletableFuture<Object> insert = async(b, "insert into child values (1, 2)");
        Thread.sleep(300);
        assertThat(insert).isNotDone();
        run(a, "rollback");
        assertThat(insert.get(5, TimeUnit.SECONDS)).isInstanceOfSatisfying(RecordingSink.class,
                s -> assertThat(s.tags).containsExactly("INSERT 0 1"));
    }

    @Test
    void parentDeleteWaitsForAChildInsertAndFailsWhenItCommits() throws Exception {
        run(a, "begin");
        run(a, "insert into child values (1, 2)");
        CompletableFuture<Object> delete = async(b, "delete from parent where id = 2");
        Thread.sleep(300);
        assertThat(delete).isNotDone();
        run(a, "commit");
        assertThat(delete.get(5, TimeUnit.SECONDS)).isInstanceOfSatisfying(PgException.class,
                e -> assertThat(e.state().code()).isEqualTo("23503"));
    }

    @Test
    void aWaitCycleThroughForeignKeyChecksIsADeadlock() throws Exception {
        run(a, "set deadlock_timeout = '200ms'");
        run(b, "set deadlock_timeout = '200ms'");
        run(a, "begin");
        run(b, "begin");
        run(a, "insert into child values (1, 1)");
        run(b, "update parent set id = 3 where id = 2");
        // a waits for b's key update of parent 2; b then waits for a's KEY SHARE lock on parent 1
        CompletableFuture<Object> first = async(a, "insert into child values (2, 2)");
        Thread.sleep(300);
        assertThat(first).isNotDone();
        CompletableFuture<Object> second = async(b, "delete from parent where id = 1");
        Object r1 = first.get(10, TimeUnit.SECONDS);
        Object r2 = second.get(10, TimeUnit.SECONDS);
        long deadlocks = List.of(r1, r2).stream()
                .filter(r -> r instanceof PgException e && e.state().code().equals("40P01")).count();
        assertThat(deadlocks).isEqualTo(1);
    }

    @Test
    void addingAForeignKeyLocksBothTablesShareRowExclusive() throws Exception {
        run(a, "create table other (pid int)");
        run(a, "begin");
        run(a, "alter table other add constraint other_fk foreign key (pid) references parent not valid");
        assertThat(run(c, "select relation::regclass::text, mode from pg_locks where pid = 1 and locktype = 'relation'"
                + " and relation in ('parent'::regclass, 'other'::regclass) order by 1").rows).containsExactly(
                        List.of("other", "ShareRowExclusiveLock"), List.of("parent", "ShareRowExclusiveLock"));
        // readers and row lockers pass, writers wait
        assertThat(run(b, "select id from parent where id = 1 for update").rows).containsExactly(List.of("1"));
        CompletableFuture<Object> insert = async(b, "insert into parent values (5, 'five')");
        Thread.sleep(300);
        assertThat(insert).isNotDone();
        run(a, "commit");
        assertThat(insert.get(5, TimeUnit.SECONDS)).isInstanceOf(RecordingSink.class);
    }

    @Test
    void setNullActionTakesNoKeyUpdateOnTheReferencingRow() {
        run(a, "create table kid (id int primary key, pid int references parent on delete set null)");
        run(a, "insert into kid values (1, 2)");
        run(b, "begin");
        run(b, "select id from kid where id = 1 for key share");
        // the action's UPDATE leaves kid's key alone: FOR NO KEY UPDATE does not wait for FOR KEY SHARE
        assertThat(run(a, "delete from parent where id = 2").tags).containsExactly("DELETE 1");
        run(b, "commit");
        assertThat(run(a, "select pid from kid").rows).containsExactly(java.util.Arrays.asList((String) null));
    }

    @Test
    void repeatableReadChecksWithItsSnapshot() {
        run(b, "begin isolation level repeatable read");
        run(b, "select count(*) from parent");
        run(a, "insert into parent values (7, 'seven')");
        run(a, "delete from parent where id = 2");
        // a parent committed after the snapshot is not there; one deleted since is a serialization failure
        assertThatThrownBy(() -> run(b, "insert into child values (1, 7)")).isInstanceOfSatisfying(PgException.class,
                e -> assertThat(e.state().code()).isEqualTo("23503"));
        run(b, "rollback");
        run(b, "begin isolation level repeatable read");
        run(b, "select count(*) from parent");
        run(a, "delete from parent where id = 1");
        assertThatThrownBy(() -> run(b, "insert into child values (1, 1)")).isInstanceOfSatisfying(PgException.class,
                e -> assertThat(e.getMessage()).isEqualTo("could not serialize access due to concurrent update"));
        run(b, "rollback");
    }
}
