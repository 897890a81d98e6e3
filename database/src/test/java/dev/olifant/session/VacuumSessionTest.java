package dev.olifant.session;

import static dev.olifant.session.RecordingSink.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.olifant.catalog.Oids;
import dev.olifant.catalog.Table;
import dev.olifant.error.PgException;
import dev.olifant.storage.Heap;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dead versions are reclaimed by pruning, VACUUM and autovacuum, while readers keep seeing consistent data. */
class VacuumSessionTest {
    private static final int ROWS = 5;
    private static final int TOTAL = ROWS * 1000;

    @TempDir
    Path dir;
    Instance instance;
    final List<Session> sessions = new ArrayList<>();

    private void start(Map<String, String> settings) {
        instance = Instance.open(new InstanceConfig(dir, 5432, "postgres", settings, null, null));
        Session s = session();
        run(s, "create table acct (id int primary key, balance int not null)");
        run(s, "create table log (n int)");
        for (int i = 1; i <= ROWS; i++) {
            run(s, "insert into acct values (" + i + ", 1000)");
        }
    }

    private Session session() {
        Session s = instance.open(new StartupRequest("postgres", "postgres", Map.of(), sessions.size() + 1));
        sessions.add(s);
        return s;
    }

    @AfterEach
    void close() {
        sessions.forEach(Session::close);
        if (instance != null) {
            instance.close();
        }
    }

    private Heap heap(String table) {
        Table t = (Table) instance.cluster().database("postgres").committed().relation(Oids.PUBLIC_NAMESPACE, table);
        return t.storage().heap();
    }

    private static int sum(Session s) {
        return Integer.parseInt(run(s, "select sum(balance) from acct").rows.get(0).get(0));
    }

    /** Moves one unit between two random rows in one transaction: the sum never changes. */
    private static void transfer(Session s) {
        int from = ThreadLocalRandom.current().nextInt(1, ROWS + 1);
        int to = from % ROWS + 1;
        run(s, "begin");
        run(s, "update acct set balance = balance - 1 where id = " + from);
        run(s, "update acct set balance = balance + 1 where id = " + to);
        run(s, "commit");
    }

    @Test
    void longUpdateLoopStaysBoundedAndReadersSeeConsistentData() throws Exception {
        start(Map.of("autovacuum", "off"));
        Session writer = session();
        Session rr = session();
        Session rc = session();
        AtomicBoolean done = new AtomicBoolean();
        AtomicInteger readerChecks = new AtomicInteger();
        // A REPEATABLE READ reader holds one snapshot for a while (the horizon stays behind it),
        // then starts over; a READ COMMITTED reader checks every statement.
        CompletableFuture<Void> readers = CompletableFuture.runAsync(() -> {
            while (!done.get()) {
                run(rr, "begin isolation level repeatable read");
                int first = sum(rr);
                String rows = run(rr, "select id, balance from acct order by id").rows.toString();
                for (int i = 0; i < 20 && !done.get(); i++) {
                    sleep(5);
                    assertThat(sum(rr)).isEqualTo(first);
                    assertThat(sum(rc)).isEqualTo(TOTAL);
                    readerChecks.incrementAndGet();
                }
                assertThat(run(rr, "select id, balance from acct order by id").rows.toString()).isEqualTo(rows);
                assertThat(first).isEqualTo(TOTAL);
                run(rr, "commit");
            }
        });
        int transactions = 3000;
        for (int i = 0; i < transactions; i++) {
            transfer(writer);
        }
        done.set(true);
        readers.get(30, TimeUnit.SECONDS);
        assertThat(readerChecks.get()).isPositive();
        Heap heap = heap("acct");
        assertThat(heap.size()).isGreaterThan(2L * transactions);
        // pruning on the unique check already kept the version lists short while readers allowed it
        long beforeVacuum = heap.storedVersions();
        assertThat(beforeVacuum).isLessThan(heap.size() / 2);
        assertThat(run(writer, "vacuum acct").tags).containsExactly("VACUUM");
        assertThat(heap.storedVersions()).isEqualTo(ROWS);
        assertThat(heap.allocatedChunks()).isLessThanOrEqualTo(2);
        assertThat(sum(writer)).isEqualTo(TOTAL);
        assertThat(run(writer, "select count(*) from acct").rows).containsExactly(List.of(String.valueOf(ROWS)));
        assertThat(run(writer, "select balance from acct where id = 3").rows).hasSize(1);
        assertThat(instance.cluster().database("postgres").committed().relation(Oids.PUBLIC_NAMESPACE, "acct"))
                .isNotNull();
    }

    @Test
    void vacuumRemovesDeletedAndAbortedVersionsButNotWhatASnapshotMayStillSee() {
        start(Map.of("autovacuum", "off"));
        Session a = session();
        Session b = session();
        for (int i = 0; i < 100; i++) {
            run(a, "insert into log values (" + i + ")");
        }
        run(a, "begin");
        run(a, "insert into log select n + 1000 from log");
        run(a, "rollback");
        run(b, "begin isolation level repeatable read");
        assertThat(run(b, "select count(*) from log").rows).containsExactly(List.of("100"));
        run(a, "delete from log where n < 50");
        run(a, "vacuum log");
        // the aborted insert's 100 versions are gone; the deleted 50 wait for b's snapshot
        assertThat(heap("log").storedVersions()).isEqualTo(100);
        assertThat(run(b, "select count(*) from log").rows).containsExactly(List.of("100"));
        run(b, "commit");
        run(a, "vacuum");
        assertThat(heap("log").storedVersions()).isEqualTo(50);
        assertThat(run(a, "select count(*), min(n) from log").rows).containsExactly(List.of("50", "50"));
    }

    @Test
    void vacuumStatementErrors() {
        start(Map.of("autovacuum", "off"));
        Session a = session();
        assertThatThrownBy(() -> run(a, "vacuum nosuch")).isInstanceOf(PgException.class)
                .hasMessage("relation \"nosuch\" does not exist");
        assertThat(run(a, "vacuum full acct").tags).containsExactly("VACUUM");
        assertThat(run(a, "vacuum (analyze) acct, log").tags).containsExactly("VACUUM");
        assertThat(run(a, "analyze acct").tags).containsExactly("ANALYZE");
        run(a, "begin");
        assertThatThrownBy(() -> run(a, "vacuum acct")).isInstanceOf(PgException.class)
                .hasMessage("VACUUM cannot run inside a transaction block");
        run(a, "rollback");
        assertThat(run(a, "show autovacuum").rows).containsExactly(List.of("off")); // as configured
        assertThat(run(a, "show autovacuum_naptime").rows).containsExactly(List.of("1min"));
    }

    @Test
    void autovacuumReclaimsATableWithoutIndexesAndForgetsAbortedTransactions() throws Exception {
        start(Map.of("autovacuum_naptime", "50ms"));
        Session a = session();
        for (int i = 0; i < 200; i++) {
            run(a, "insert into log values (" + i + ")");
        }
        run(a, "delete from log where n >= 10");
        run(a, "begin");
        run(a, "insert into log values (-1)");
        run(a, "rollback");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while ((heap("log").storedVersions() > 10 || instance.cluster().transactions().abortedRemembered() > 0)
                && System.nanoTime() < deadline) {
            sleep(20);
        }
        assertThat(heap("log").storedVersions()).isEqualTo(10);
        assertThat(instance.cluster().transactions().abortedRemembered()).isZero();
        assertThat(run(a, "select count(*) from log").rows).containsExactly(List.of("10"));
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
