package dev.olifant.session;

import static dev.olifant.session.RecordingSink.error;
import static dev.olifant.session.RecordingSink.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.olifant.error.PgException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * MERGE into a partitioned table (routing, row movement), the triggers MERGE fires, and the
 * 40001 a writer or locker gets for a row a concurrent UPDATE moved to another partition.
 */
class PartitionedMergeSessionTest {
    private static final String MOVE = "merge into pt t using (select 1 as key) s on s.key = t.key "
            + "when matched then update set key = t.key + 1, val = t.val || ' moved' "
            + "when not matched then insert values (s.key, 'inserted')";
    @TempDir
    Path dir;
    TestInstance db;
    Session a;
    Session b;

    @BeforeEach
    void open() {
        db = new TestInstance(dir);
        a = db.session();
        b = db.session();
        run(a, "create table pt (key int, val text) partition by list (key)");
        run(a, "create table pt1 partition of pt for values in (1)");
        run(a, "create table pt2 (val text, key int)");
        run(a, "alter table pt attach partition pt2 for values in (2)");
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<List<String>> rows(String table) {
        return run(a, "select key::text, val from " + table + " order by key").rows;
    }

    @Test
    void insertsAreRoutedAndUpdatesMoveRowsBetweenPartitions() {
        assertThat(run(a, MOVE).tags).containsExactly("MERGE 1");
        assertThat(rows("pt1")).containsExactly(List.of("1", "inserted"));
        assertThat(run(a, MOVE).tags).containsExactly("MERGE 1");
        assertThat(rows("pt1")).isEmpty();
        assertThat(rows("pt2")).containsExactly(List.of("2", "inserted moved"));
        assertThat(run(a, "merge into pt t using (values (2)) s(k) on t.key = s.k when matched then delete")
                .tags).containsExactly("MERGE 1");
        assertThat(rows("pt")).isEmpty();
    }

    @Test
    void aRowMovedByAConcurrentMergeFailsAWaitingUpdate() throws Exception {
        run(a, "insert into pt values (1, 'x')");
        run(a, "begin");
        run(a, MOVE);
        CompletableFuture<RecordingSink> update = CompletableFuture.supplyAsync(
                () -> run(b, "update pt set val = 'y' where key = 1"));
        Thread.sleep(300);
        assertThat(update).isNotDone();
        run(a, "commit");
        assertThat(failure(update).state().code()).isEqualTo("40001");
        assertThat(failure(update).getMessage()).isEqualTo(
                "tuple to be locked was already moved to another partition due to concurrent update");
    }

    @Test
    void aRowMovedByAConcurrentUpdateFailsAWaitingMergeDeleteAndLock() throws Exception {
        for (String waiter : List.of(MOVE, "delete from pt where key = 1", "select * from pt1 for share")) {
            run(a, "truncate pt");
            run(a, "insert into pt values (1, 'x')");
            run(a, "begin");
            run(a, "update pt set key = 2 where key = 1");
            CompletableFuture<RecordingSink> other = CompletableFuture.supplyAsync(() -> run(b, waiter));
            Thread.sleep(300);
            assertThat(other).as(waiter).isNotDone();
            run(a, "commit");
            assertThat(failure(other).getMessage()).as(waiter).isEqualTo(
                    "tuple to be locked was already moved to another partition due to concurrent update");
        }
    }

    @Test
    void underRepeatableReadAMovedRowIsAConcurrentUpdate() throws Exception {
        run(a, "insert into pt values (1, 'x')");
        run(b, "begin isolation level repeatable read");
        run(b, "select count(*) from pt");
        run(a, "update pt set key = 2 where key = 1");
        PgException e = error(b, "update pt set val = 'y' where key = 1");
        assertThat(e.state().code()).isEqualTo("40001");
        assertThat(e.getMessage()).isEqualTo("could not serialize access due to concurrent update");
        run(b, "rollback");
    }

    @Test
    void aRowMovedByATransactionThatRolledBackIsStillThere() throws Exception {
        run(a, "insert into pt values (1, 'x')");
        run(a, "begin");
        run(a, "update pt set key = 2 where key = 1");
        CompletableFuture<RecordingSink> update = CompletableFuture.supplyAsync(
                () -> run(b, "update pt set val = 'y' where key = 1"));
        Thread.sleep(300);
        run(a, "rollback");
        assertThat(update.get(5, TimeUnit.SECONDS).tags).containsExactly("UPDATE 1");
        assertThat(rows("pt1")).containsExactly(List.of("1", "y"));
    }

    @Test
    void anUpsertWhoseConflictingRowMovedAwayStartsOverAndInserts() throws Exception {
        run(a, "create table upsert (i int primary key, j int) partition by range (i)");
        run(a, "create table upsert1 partition of upsert for values from (1) to (100)");
        run(a, "create table upsert2 partition of upsert for values from (100) to (200)");
        run(a, "insert into upsert values (1, 10)");
        run(a, "begin");
        run(a, "select * from upsert where i = 1 for update");
        CompletableFuture<RecordingSink> upsert = CompletableFuture.supplyAsync(
                () -> run(b, "insert into upsert values (1, 11) on conflict (i) do update set j = excluded.j"));
        Thread.sleep(300);
        assertThat(upsert).isNotDone();
        run(a, "update upsert set i = i + 150 where i = 1");
        run(a, "commit");
        assertThat(upsert.get(5, TimeUnit.SECONDS).tags).containsExactly("INSERT 0 1");
        assertThat(run(a, "select i::text, j::text from upsert order by i").rows)
                .containsExactly(List.of("1", "11"), List.of("151", "10"));
    }

    @Test
    void mergeFiresTheTriggersOfItsActions() {
        run(a, "create table target (key int primary key, val text)");
        run(a, "create table log (what text)");
        run(a, "create function logged() returns trigger language plpgsql as $$ begin "
                + "insert into log values (tg_when || ' ' || tg_level || ' ' || tg_op); "
                + "if tg_level = 'STATEMENT' then return null; elsif tg_op = 'DELETE' then return old; "
                + "else return new; end if; end $$");
        for (String when : List.of("before", "after")) {
            for (String level : List.of("row", "statement")) {
                run(a, "create trigger " + when + "_" + level + " " + when
                        + " insert or update or delete on target for each " + level + " execute function logged()");
            }
        }
        run(a, "insert into target values (1, 'one'), (3, 'three')");
        run(a, "delete from log");
        // as PostgreSQL 15: statement triggers of every action type the command has, AFTER ROW
        // events in the order the rows were written
        assertThat(run(a, "merge into target t using (values (1), (2), (3)) s(k) on t.key = s.k "
                + "when matched and t.key = 1 then update set val = 'updated' when matched then delete "
                + "when not matched then insert values (s.k, 'new')").tags).containsExactly("MERGE 3");
        assertThat(run(a, "select what from log").rows).containsExactly(
                List.of("BEFORE STATEMENT INSERT"), List.of("BEFORE STATEMENT UPDATE"),
                List.of("BEFORE STATEMENT DELETE"),
                List.of("BEFORE ROW UPDATE"), List.of("BEFORE ROW INSERT"), List.of("BEFORE ROW DELETE"),
                List.of("AFTER ROW UPDATE"), List.of("AFTER ROW INSERT"), List.of("AFTER ROW DELETE"),
                List.of("AFTER STATEMENT DELETE"), List.of("AFTER STATEMENT UPDATE"),
                List.of("AFTER STATEMENT INSERT"));
    }

    @Test
    void aBeforeRowTriggerReturningNullSkipsTheMergeAction() {
        run(a, "create table target (key int primary key, val text)");
        run(a, "insert into target values (1, 'one')");
        run(a, "create function skip() returns trigger language plpgsql as $$ begin return null; end $$");
        run(a, "create trigger skip before delete on target for each row execute function skip()");
        assertThat(run(a, "merge into target t using (values (1)) s(k) on t.key = s.k when matched then delete")
                .tags).containsExactly("MERGE 0");
        assertThat(run(a, "select val from target").rows).containsExactly(List.of("one"));
    }

    private static PgException failure(CompletableFuture<RecordingSink> f) throws Exception {
        try {
            RecordingSink s = f.get(5, TimeUnit.SECONDS);
            throw new AssertionError("no error: " + s.tags);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof PgException p) {
                return p;
            }
            throw e;
        }
    }
}
