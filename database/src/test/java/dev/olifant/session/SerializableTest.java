package dev.olifant.session;

import static dev.olifant.session.RecordingSink.run;
import static org.assertj.core.api.Assertions.assertThat;

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

/** SERIALIZABLE as SSI: the classic anomalies of PostgreSQL's isolation tests. */
class SerializableTest {
    @TempDir
    Path dir;
    TestInstance db;
    Instance instance;
    Session a;
    Session b;
    Session c;

    @BeforeEach
    void open() {
        db = new TestInstance(dir);
        instance = db.instance();
        a = db.session();
        b = db.session();
        c = db.session();
    }

    @AfterEach
    void close() {
        db.close();
    }

    static PgException error(Session s, String sql) {
        try {
            run(s, sql);
        } catch (PgException e) {
            return e;
        }
        return null;
    }

    void doctors() {
        run(a, "create table doctors (name text primary key, on_call boolean)");
        run(a, "insert into doctors values ('alice', true), ('bob', true)");
    }

    static final String TAKE_OFF = "update doctors set on_call = false where name = '%s' "
            + "and (select count(*) from doctors where on_call) >= 2";

    @Test
    void writeSkewCommitsUnderRepeatableRead() {
        doctors();
        run(a, "begin isolation level repeatable read");
        run(b, "begin isolation level repeatable read");
        run(a, TAKE_OFF.formatted("alice"));
        run(b, TAKE_OFF.formatted("bob"));
        run(a, "commit");
        run(b, "commit");
        assertThat(run(c, "select count(*) from doctors where on_call").rows).containsExactly(List.of("0"));
    }

    @Test
    void writeSkewFailsUnderSerializable() {
        doctors();
        run(a, "begin isolation level serializable");
        run(b, "begin isolation level serializable");
        run(a, TAKE_OFF.formatted("alice"));
        run(b, TAKE_OFF.formatted("bob"));
        run(a, "commit");
        PgException e = error(b, "commit");
        assertThat(e).isNotNull();
        assertThat(e.state().code()).isEqualTo("40001");
        assertThat(e.getMessage()).isEqualTo("could not serialize access due to read/write dependencies among transactions");
        assertThat(e.detail()).isEqualTo("Reason code: Canceled on identification as a pivot, during commit attempt.");
        assertThat(e.hint()).isEqualTo("The transaction might succeed if retried.");
        assertThat(b.transactionStatus()).isEqualTo(TransactionStatus.IDLE);
        assertThat(run(c, "select count(*) from doctors where on_call").rows).containsExactly(List.of("1"));
        // the session stays usable and the retry succeeds (now it sees one doctor on call)
        run(b, "begin isolation level serializable");
        assertThat(run(b, TAKE_OFF.formatted("bob")).tags).containsExactly("UPDATE 0");
        run(b, "commit");
    }

    @Test
    void writeSkewWithIndexScansFailsToo() {
        run(a, "create table acct (id int primary key, kind int, balance int)");
        run(a, "insert into acct values (1, 1, 100), (2, 1, 100)");
        run(a, "begin isolation level serializable");
        run(b, "begin isolation level serializable");
        run(a, "select balance from acct where id = 1");
        run(a, "select balance from acct where id = 2");
        run(b, "select balance from acct where id = 1");
        run(b, "select balance from acct where id = 2");
        run(a, "update acct set balance = balance - 150 where id = 1");
        run(b, "update acct set balance = balance - 150 where id = 2");
        run(a, "commit");
        PgException e = error(b, "commit");
        assertThat(e).isNotNull();
        assertThat(e.state().code()).isEqualTo("40001");
    }

    @Test
    void disjointIndexReadsAndWritesDoNotConflict() {
        run(a, "create table acct (id int primary key, balance int)");
        run(a, "insert into acct select g, 100 from generate_series(1, 10) g");
        run(a, "begin isolation level serializable");
        run(b, "begin isolation level serializable");
        run(a, "select balance from acct where id = 1");
        run(b, "select balance from acct where id = 5");
        run(a, "update acct set balance = 0 where id = 1");
        run(b, "update acct set balance = 0 where id = 5");
        run(a, "commit");
        run(b, "commit");
        assertThat(run(c, "select sum(balance) from acct").rows).containsExactly(List.of("800"));
    }

    @Test
    void phantomInsertIntoAReadRangeIsAConflict() {
        run(a, "create table shifts (day int, doctor text)");
        run(a, "create index on shifts (day)");
        run(a, "insert into shifts values (1, 'alice')");
        run(a, "begin isolation level serializable");
        run(b, "begin isolation level serializable");
        // each checks that at most one doctor has day 2, then adds one
        run(a, "select count(*) from shifts where day = 2");
        run(b, "select count(*) from shifts where day = 2");
        run(a, "insert into shifts values (2, 'bob')");
        run(b, "insert into shifts values (2, 'carol')");
        run(a, "commit");
        PgException e = error(b, "commit");
        assertThat(e).isNotNull();
        assertThat(e.state().code()).isEqualTo("40001");
    }

    @Test
    void conflictFoundAtReadTimeWhenTheWriteCameFirst() {
        doctors();
        run(a, "begin isolation level serializable");
        run(b, "begin isolation level serializable");
        run(a, "select count(*) from doctors where on_call");
        run(a, "update doctors set on_call = false where name = 'alice'");
        // b reads past a's uncommitted write: b →rw a
        run(b, "select count(*) from doctors where on_call");
        run(b, "update doctors set on_call = false where name = 'bob'");
        run(b, "commit");
        PgException e = error(a, "commit");
        assertThat(e).isNotNull();
        assertThat(e.state().code()).isEqualTo("40001");
    }

    /** PostgreSQL's read-only anomaly (Fekete, O'Neil, O'Neil 2004): the receipts example. */
    @Test
    void readOnlyAnomalyIsPrevented() {
        run(a, "create table control (deposit_no int)");
        run(a, "insert into control values (1)");
        run(a, "create table receipts (receipt_no int, deposit_no int, amount numeric)");
        run(a, "insert into receipts values (1, 1, 10)");
        // T2: adds a receipt to the current batch
        run(b, "begin isolation level serializable");
        run(b, "insert into receipts select 2, deposit_no, 20 from control");
        // T3: closes the batch
        run(c, "begin isolation level serializable");
        run(c, "update control set deposit_no = 2");
        run(c, "commit");
        // T1 (read only): reports the closed batch, then T2 must not be able to add to it
        Session r = instance.open(new StartupRequest("postgres", "postgres", Map.of(), 4));
        try {
            run(r, "begin isolation level serializable read only");
            run(r, "select deposit_no from control");
            run(r, "select sum(amount) from receipts where deposit_no = 1");
            PgException e = error(b, "commit");
            PgException eR = e == null ? error(r, "commit") : null;
            assertThat(e != null || eR != null).as("one of them fails").isTrue();
            assertThat((e != null ? e : eR).state().code()).isEqualTo("40001");
        } finally {
            r.close();
        }
    }

    @Test
    void readOnlyTransactionAfterTheWritersIsSafeAndCommits() {
        doctors();
        run(a, "begin isolation level serializable read only");
        run(a, "select count(*) from doctors");
        run(b, "begin isolation level serializable");
        run(b, "update doctors set on_call = false where name = 'bob'");
        run(b, "commit");
        run(a, "select count(*) from doctors");
        run(a, "commit");
    }

    @Test
    void deferrableWaitsForASafeSnapshot() throws Exception {
        doctors();
        run(b, "begin isolation level serializable");
        run(b, "select count(*) from doctors");
        run(b, "update doctors set on_call = false where name = 'bob'");
        run(a, "begin isolation level serializable read only deferrable");
        CompletableFuture<RecordingSink> read = CompletableFuture.supplyAsync(
                () -> run(a, "select count(*) from doctors where on_call"));
        Thread.sleep(300);
        assertThat(read).isNotDone();
        run(b, "commit");
        // the snapshot it waited on was taken before b committed, and b proved harmless to it
        assertThat(read.get(5, TimeUnit.SECONDS).rows).containsExactly(List.of("2"));
        run(a, "commit");
    }

    @Test
    void readCommittedWritersDoNotTakePartInSsi() {
        doctors();
        run(a, "begin isolation level serializable");
        run(b, "begin isolation level read committed");
        run(a, TAKE_OFF.formatted("alice"));
        run(b, TAKE_OFF.formatted("bob"));
        run(a, "commit");
        run(b, "commit");
        assertThat(instance.cluster().transactions().serializable().trackedCount()).isZero();
    }

    @Test
    void stateIsCleanedUpOnceNoSerializableTransactionOverlaps() {
        doctors();
        for (int i = 0; i < 20; i++) {
            run(a, "begin isolation level serializable");
            run(a, "select * from doctors");
            run(a, "update doctors set on_call = true where name = 'alice'");
            run(a, "commit");
        }
        assertThat(instance.cluster().transactions().serializable().trackedCount()).isZero();
        assertThat(instance.cluster().transactions().serializable().lockCount()).isZero();
    }
}
