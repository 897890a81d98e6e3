package dev.olifant.session;

import static dev.olifant.session.RecordingSink.run;
import static dev.olifant.session.RecordingSink.error;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.olifant.error.PgException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Savepoints as subtransactions: visibility, row locks, catalog and settings, failed blocks. */
class SavepointTest {
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
        run(a, "create table t (id int primary key, v int)");
    }

    @AfterEach
    void close() {
        db.close();
    }

    static List<List<String>> rows(Session s, String sql) {
        return run(s, sql).rows;
    }

    @Test
    void rollbackToUndoesOnlyTheSubtransaction() {
        run(a, "begin");
        run(a, "insert into t values (1, 1)");
        run(a, "savepoint s1");
        run(a, "insert into t values (2, 2)");
        run(a, "update t set v = 10 where id = 1");
        assertThat(rows(a, "select id, v from t order by id")).containsExactly(List.of("1", "10"), List.of("2", "2"));
        assertThat(run(a, "rollback to savepoint s1").tags).containsExactly("ROLLBACK");
        assertThat(rows(a, "select id, v from t order by id")).containsExactly(List.of("1", "1"));
        run(a, "insert into t values (2, 20)"); // the key is free again
        run(a, "commit");
        assertThat(rows(b, "select id, v from t order by id")).containsExactly(List.of("1", "1"), List.of("2", "20"));
    }

    @Test
    void releasedSubtransactionCommitsWithItsParentAndStaysInvisibleUntilThen() {
        run(a, "begin");
        run(a, "savepoint s1");
        run(a, "insert into t values (1, 1)");
        run(a, "savepoint s2");
        run(a, "insert into t values (2, 2)");
        assertThat(run(a, "release s1").tags).containsExactly("RELEASE");
        assertThat(rows(a, "select count(*) from t")).containsExactly(List.of("2"));
        assertThat(rows(b, "select count(*) from t")).containsExactly(List.of("0"));
        run(b, "begin isolation level repeatable read");
        run(b, "select 1");
        run(a, "commit");
        assertThat(rows(b, "select count(*) from t")).containsExactly(List.of("0")); // snapshot from before
        run(b, "commit");
        assertThat(rows(b, "select count(*) from t")).containsExactly(List.of("2"));
    }

    @Test
    void rollbackOfTheTopTransactionDiscardsReleasedSubtransactions() {
        run(a, "begin");
        run(a, "savepoint s1");
        run(a, "insert into t values (1, 1)");
        run(a, "release savepoint s1");
        run(a, "rollback");
        assertThat(rows(b, "select count(*) from t")).containsExactly(List.of("0"));
    }

    @Test
    void rollbackToReleasesRowLocksTakenInTheSubtransaction() throws Exception {
        run(a, "insert into t values (1, 1)");
        run(a, "begin");
        run(a, "savepoint s1");
        run(a, "update t set v = 2 where id = 1");
        CompletableFuture<RecordingSink> other = CompletableFuture.supplyAsync(
                () -> run(b, "update t set v = 3 where id = 1"));
        Thread.sleep(300);
        assertThat(other).isNotDone();
        run(a, "rollback to s1");
        assertThat(other.get(5, TimeUnit.SECONDS).tags).containsExactly("UPDATE 1");
        run(a, "commit");
        assertThat(rows(a, "select v from t")).containsExactly(List.of("3"));
    }

    @Test
    void writerWaitsForAReleasedSubtransactionUntilTheTopEnds() throws Exception {
        run(a, "insert into t values (1, 1)");
        run(a, "begin");
        run(a, "savepoint s1");
        run(a, "update t set v = 2 where id = 1");
        run(a, "release s1");
        CompletableFuture<RecordingSink> other = CompletableFuture.supplyAsync(
                () -> run(b, "update t set v = v + 10 where id = 1"));
        Thread.sleep(300);
        assertThat(other).isNotDone();
        run(a, "commit");
        assertThat(other.get(5, TimeUnit.SECONDS).tags).containsExactly("UPDATE 1");
        assertThat(rows(a, "select v from t")).containsExactly(List.of("12"));
    }

    @Test
    void errorInsideASavepointEndsAtRollbackTo() {
        run(a, "begin");
        run(a, "insert into t values (1, 1)");
        run(a, "savepoint s1");
        run(a, "insert into t values (2, 2)");
        assertThat(error(a, "insert into t values (1, 1)").state().code()).isEqualTo("23505");
        assertThat(a.transactionStatus()).isEqualTo(TransactionStatus.FAILED);
        assertThat(error(a, "select 1").state().code()).isEqualTo("25P02");
        assertThat(error(a, "release s1").state().code()).isEqualTo("25P02");
        assertThat(error(a, "rollback to nosuch").state().code()).isEqualTo("3B001");
        assertThat(a.transactionStatus()).isEqualTo(TransactionStatus.FAILED);
        run(a, "rollback to s1");
        assertThat(a.transactionStatus()).isEqualTo(TransactionStatus.IN_TRANSACTION);
        assertThat(rows(a, "select id from t order by id")).containsExactly(List.of("1"));
        run(a, "commit");
        assertThat(rows(b, "select id from t order by id")).containsExactly(List.of("1"));
    }

    @Test
    void errorsOutsideBlocksAndForUnknownNames() {
        PgException e = error(a, "savepoint s");
        assertThat(e.state().code()).isEqualTo("25P01");
        assertThat(e.getMessage()).isEqualTo("SAVEPOINT can only be used in transaction blocks");
        assertThat(error(a, "release s").getMessage()).isEqualTo("RELEASE SAVEPOINT can only be used in transaction blocks");
        assertThat(error(a, "rollback to s").getMessage())
                .isEqualTo("ROLLBACK TO SAVEPOINT can only be used in transaction blocks");
        run(a, "begin");
        PgException missing = error(a, "release nosuch");
        assertThat(missing.state().code()).isEqualTo("3B001");
        assertThat(missing.getMessage()).isEqualTo("savepoint \"nosuch\" does not exist");
        run(a, "rollback");
    }

    @Test
    void newestSavepointOfANameWins() {
        run(a, "begin");
        run(a, "savepoint s");
        run(a, "insert into t values (1, 1)");
        run(a, "savepoint s");
        run(a, "insert into t values (2, 2)");
        run(a, "rollback to s");
        assertThat(rows(a, "select id from t order by id")).containsExactly(List.of("1"));
        run(a, "release s");
        run(a, "rollback to s"); // the older one
        assertThat(rows(a, "select count(*) from t")).containsExactly(List.of("0"));
        run(a, "release s");
        assertThat(error(a, "release s").state().code()).isEqualTo("3B001");
        run(a, "rollback");
    }

    @Test
    void rollbackToUndoesDdlAndSettings() {
        run(a, "begin");
        run(a, "set search_path = public");
        run(a, "savepoint s");
        run(a, "create table u (x int)");
        run(a, "set extra_float_digits = 3");
        run(a, "set local statement_timeout = '5s'");
        run(a, "insert into u values (1)");
        run(a, "rollback to s");
        assertThat(error(a, "select * from u").state().code()).isEqualTo("42P01");
        run(a, "rollback to s");
        assertThat(rows(a, "show extra_float_digits")).containsExactly(List.of("1"));
        assertThat(rows(a, "show statement_timeout")).containsExactly(List.of("0"));
        run(a, "create table u (y int)");
        run(a, "commit");
        assertThat(rows(b, "select count(*) from u")).containsExactly(List.of("0"));
    }

    @Test
    void sequencesStayConsumed() {
        run(a, "create sequence q");
        run(a, "begin");
        run(a, "savepoint s");
        run(a, "select nextval('q')");
        run(a, "rollback to s");
        assertThat(rows(a, "select nextval('q')")).containsExactly(List.of("2"));
        run(a, "commit");
    }

    @Test
    void repeatedAutosaveSavepointsAsPgjdbcSendsThem() {
        run(a, "begin");
        for (int i = 0; i < 500; i++) {
            run(a, "savepoint pgjdbc_autosave");
            run(a, "insert into t values (" + i + ", 0)");
        }
        run(a, "savepoint pgjdbc_autosave");
        assertThat(error(a, "insert into t values (1, 0)").state().code()).isEqualTo("23505");
        run(a, "rollback to savepoint pgjdbc_autosave");
        run(a, "commit");
        assertThat(rows(b, "select count(*) from t")).containsExactly(List.of("500"));
    }
}
