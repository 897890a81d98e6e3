package dev.olifant.session;

import static dev.olifant.session.RecordingSink.error;
import static dev.olifant.session.RecordingSink.run;
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

/** MERGE: its actions, its count, and READ COMMITTED's re-check of rows changed concurrently. */
class MergeSessionTest {
    private static final String UPSERT = "merge into target t using (select 1 as key, 'new' as val) s on s.key = t.key "
            + "when matched then update set val = t.val || ' updated' when not matched then insert values (s.key, s.val)";
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
        run(a, "create table target (key int primary key, val text)");
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void insertsThenUpdatesAndCountsTheRowsChanged() {
        assertThat(run(a, UPSERT).tags).containsExactly("MERGE 1");
        assertThat(run(a, UPSERT).tags).containsExactly("MERGE 1");
        assertThat(run(a, "select val from target").rows).containsExactly(List.of("new updated"));
        assertThat(run(a, "merge into target using (values (1), (2)) s(k) on target.key = s.k "
                + "when matched then delete when not matched then do nothing").tags).containsExactly("MERGE 1");
        assertThat(run(a, "select count(*) from target").rows).containsExactly(List.of("0"));
    }

    @Test
    void aTargetRowMatchedTwiceIsAnError() {
        run(a, "insert into target values (1, 'x')");
        PgException e = error(a, "merge into target using (values (1), (1)) s(k) on target.key = s.k "
                + "when matched then update set val = 'y'");
        assertThat(e.state().code()).isEqualTo("21000");
        assertThat(e.getMessage()).isEqualTo("MERGE command cannot affect row a second time");
    }

    @Test
    void aConcurrentUpdateIsRecheckedAndTheNewestVersionUpdated() throws Exception {
        run(a, "insert into target values (1, 'old')");
        run(a, "begin");
        run(a, "update target set val = 'changed' where key = 1");
        CompletableFuture<RecordingSink> merge = CompletableFuture.supplyAsync(() -> run(b, UPSERT));
        Thread.sleep(300);
        assertThat(merge).isNotDone();
        run(a, "commit");
        assertThat(merge.get(5, TimeUnit.SECONDS).tags).containsExactly("MERGE 1");
        assertThat(run(a, "select val from target").rows).containsExactly(List.of("changed updated"));
    }

    @Test
    void aRowThatNoLongerJoinsRunsTheNotMatchedAction() throws Exception {
        run(a, "insert into target values (1, 'old')");
        run(a, "begin");
        run(a, "update target set key = 2 where key = 1");
        CompletableFuture<RecordingSink> merge = CompletableFuture.supplyAsync(() -> run(b, UPSERT));
        Thread.sleep(300);
        run(a, "commit");
        assertThat(merge.get(5, TimeUnit.SECONDS).tags).containsExactly("MERGE 1");
        assertThat(run(a, "select key, val from target order by key").rows)
                .containsExactly(List.of("1", "new"), List.of("2", "old"));
    }

    @Test
    void concurrentInsertsOfTheSameKeyConflict() throws Exception {
        run(a, "begin");
        run(a, UPSERT);
        CompletableFuture<PgException> merge = CompletableFuture.supplyAsync(() -> error(b, UPSERT));
        Thread.sleep(300);
        run(a, "commit");
        assertThat(merge.get(5, TimeUnit.SECONDS).state().code()).isEqualTo("23505");
    }
}
