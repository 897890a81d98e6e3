package dev.olifant.session;

import static dev.olifant.session.RecordingSink.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.olifant.error.PgException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two sessions writing the same row: the second waits for the first, as in PostgreSQL. */
class ConcurrentWriteTest {
    @TempDir
    Path dir;
    TestInstance db;
    Instance instance;
    Session a;
    Session b;

    @BeforeEach
    void open() {
        db = new TestInstance(dir);
        instance = db.instance();
        a = db.session();
        b = db.session();
        run(a, "create table acct (id int primary key, balance int)");
        run(a, "insert into acct values (1, 100), (2, 100)");
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void readCommittedWriterWaitsThenUpdatesTheNewestVersion() throws Exception {
        run(a, "begin");
        run(a, "update acct set balance = balance + 10 where id = 1");
        CompletableFuture<RecordingSink> second = CompletableFuture.supplyAsync(
                () -> run(b, "update acct set balance = balance * 2 where id = 1 and balance >= 100"));
        Thread.sleep(300);
        assertThat(second).isNotDone();
        // readers are not blocked by the writer and see the committed version
        assertThat(run(b.equals(a) ? a : instance.open(new StartupRequest("postgres", "postgres", Map.of(), 3)),
                "select balance from acct where id = 1").rows).containsExactly(List.of("100"));
        run(a, "commit");
        assertThat(second.get(5, TimeUnit.SECONDS).tags).containsExactly("UPDATE 1");
        assertThat(run(a, "select balance from acct where id = 1").rows).containsExactly(List.of("220"));
    }

    @Test
    void recheckSkipsARowThatNoLongerQualifies() throws Exception {
        run(a, "begin");
        run(a, "update acct set balance = 50 where id = 1");
        CompletableFuture<RecordingSink> second = CompletableFuture.supplyAsync(
                () -> run(b, "update acct set balance = 0 where id = 1 and balance >= 100"));
        Thread.sleep(200);
        run(a, "commit");
        assertThat(second.get(5, TimeUnit.SECONDS).tags).containsExactly("UPDATE 0");
        assertThat(run(a, "select balance from acct where id = 1").rows).containsExactly(List.of("50"));
    }

    @Test
    void repeatableReadFailsWithSerializationError() throws Exception {
        run(b, "begin isolation level repeatable read");
        run(b, "select count(*) from acct");
        run(a, "update acct set balance = 1 where id = 2");
        assertThatThrownBy(() -> run(b, "update acct set balance = 2 where id = 2"))
                .isInstanceOfSatisfying(PgException.class, e -> {
                    assertThat(e.state().code()).isEqualTo("40001");
                    assertThat(e.getMessage()).isEqualTo("could not serialize access due to concurrent update");
                });
        assertThat(b.transactionStatus()).isEqualTo(TransactionStatus.FAILED);
        run(b, "rollback");
        assertThat(run(b, "select balance from acct where id = 2").rows).containsExactly(List.of("1"));
    }

    @Test
    void uniqueInsertWaitsForTheOtherInserter() throws Exception {
        run(a, "begin");
        run(a, "insert into acct values (3, 0)");
        CompletableFuture<Throwable> second = CompletableFuture.supplyAsync(() -> {
            try {
                run(b, "insert into acct values (3, 1)");
                return null;
            } catch (PgException e) {
                return e;
            }
        });
        Thread.sleep(200);
        assertThat(second).isNotDone();
        run(a, "commit");
        Throwable t = second.get(5, TimeUnit.SECONDS);
        assertThat(t).isInstanceOf(PgException.class).hasMessage("duplicate key value violates unique constraint \"acct_pkey\"");
    }

    @Test
    void deadlockAbortsOneTransaction() throws Exception {
        run(a, "set deadlock_timeout = '200ms'");
        run(b, "set deadlock_timeout = '200ms'");
        run(a, "begin");
        run(b, "begin");
        run(a, "update acct set balance = 1 where id = 1");
        run(b, "update acct set balance = 2 where id = 2");
        CompletableFuture<Throwable> first = CompletableFuture.supplyAsync(() -> {
            try {
                run(a, "update acct set balance = 1 where id = 2");
                return null;
            } catch (PgException e) {
                return e;
            }
        });
        Thread.sleep(100);
        Throwable second;
        try {
            run(b, "update acct set balance = 2 where id = 1");
            second = null;
        } catch (PgException e) {
            second = e;
        }
        Throwable firstResult;
        if (second != null) {
            run(b, "rollback");
            firstResult = first.get(5, TimeUnit.SECONDS);
        } else {
            firstResult = first.get(5, TimeUnit.SECONDS);
        }
        Throwable failed = second != null ? second : firstResult;
        assertThat(failed).isInstanceOfSatisfying(PgException.class, e -> {
            assertThat(e.state().code()).isEqualTo("40P01");
            assertThat(e.getMessage()).isEqualTo("deadlock detected");
            assertThat(e.detail()).contains("waits for ShareLock on transaction");
        });
        assertThat(second == null || firstResult == null).isTrue();
    }
}
