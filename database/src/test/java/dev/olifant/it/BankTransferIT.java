package dev.olifant.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.postgresql.util.PSQLException;

/**
 * Concurrent money transfers between accounts at each isolation level, through pgjdbc (see
 * {@link Bank}): every reader's snapshot adds up to the constant total, the final balances are
 * exact and match the transfer log row for row, a transaction ended by a serialization failure
 * or a deadlock rolls back completely and leaves its session usable, SERIALIZABLE never lets the
 * on-call doctors' write skew commit while REPEATABLE READ does, and a long-running reader and
 * the writers never block each other.
 *
 * <p>{@code -Dbank.seconds=N} sets the length of each sustained run (default 4).
 */
class BankTransferIT {
    @RegisterExtension
    static final OlifantServer SERVER = OlifantServer.shared();

    static final int ACCOUNTS = 20;
    static final long INITIAL = 1000;
    static final int WORKERS = 8;
    static final int READERS = 2;
    static final long SECONDS = Long.getLong("bank.seconds", 4);

    @ParameterizedTest
    @ValueSource(ints = {Connection.TRANSACTION_READ_COMMITTED, Connection.TRANSACTION_REPEATABLE_READ,
            Connection.TRANSACTION_SERIALIZABLE})
    void totalHoldsUnderConcurrentTransfers(int level) throws Exception {
        Bank bank = Bank.create(SERVER, "bank", ACCOUNTS, INITIAL);
        ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
        Bank.Transfers transfers = bank.new Transfers(WORKERS, level, problems);
        AtomicLong checks = new AtomicLong();
        List<CompletableFuture<Void>> readers = new ArrayList<>();
        for (int r = 0; r < READERS; r++) {
            readers.add(CompletableFuture.runAsync(() -> read(bank, level, transfers, checks, problems), Bank.THREADS));
        }
        // run at least SECONDS, longer on a loaded machine until there is enough to judge
        long start = System.currentTimeMillis();
        Thread.sleep(SECONDS * 1000);
        while ((transfers.committed.get() <= 20 || checks.get() <= 3) && problems.isEmpty()
                && System.currentTimeMillis() - start < 60_000) {
            Thread.sleep(100);
        }
        transfers.stopAndJoin(60);
        CompletableFuture.allOf(readers.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        System.out.printf("isolation %d: %d transfers committed, %d serialization failures, %d deadlocks, %d checks%n",
                level, transfers.committed.get(), transfers.serializationFailures.get(), transfers.deadlocks.get(),
                checks.get());
        assertThat(problems).isEmpty();
        assertThat(transfers.committed.get()).as("committed transfers").isGreaterThan(20);
        assertThat(checks.get()).as("balance checks").isGreaterThan(3);
        try (Connection c = bank.connect()) {
            assertThat(bank.total(c)).isEqualTo(bank.expectedTotal());
            assertThat(bank.logCount(c)).as("logged transfers").isEqualTo(transfers.committed.get());
            long[] balances = bank.balances(c);
            assertThat(balances).isEqualTo(bank.balancesFromLog(c));
            if (level != Connection.TRANSACTION_READ_COMMITTED) {
                // a snapshot level never lets two transfers both spend what one read
                assertThat(java.util.Arrays.stream(balances).min().orElseThrow()).as("lowest balance").isNotNegative();
            }
        }
    }

    /**
     * Sums all balances in one statement until the transfers stop; at the snapshot levels it sums
     * and counts the log twice in one transaction and expects the same answers.
     */
    static void read(Bank bank, int level, Bank.Transfers transfers, AtomicLong checks, ConcurrentLinkedQueue<String> problems) {
        boolean snapshot = level != Connection.TRANSACTION_READ_COMMITTED;
        try (Connection c = bank.connect()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(level);
            while (!transfers.stop.get()) {
                try {
                    long sum = bank.total(c);
                    if (sum != bank.expectedTotal()) {
                        problems.add("total " + sum + " in one snapshot");
                    }
                    if (snapshot) {
                        long logged = bank.logCount(c);
                        Thread.sleep(20);
                        if (bank.total(c) != sum || bank.logCount(c) != logged) {
                            problems.add("a snapshot changed within its transaction");
                        }
                    }
                    c.commit();
                    checks.incrementAndGet();
                } catch (SQLException e) {
                    // a serializable reader may be the one chosen to fail
                    c.rollback();
                    if (!"40001".equals(e.getSQLState())) {
                        problems.add("reader: " + e.getSQLState() + " " + e.getMessage());
                        return;
                    }
                }
                Thread.sleep(20);
            }
        } catch (Throwable t) {
            problems.add(String.valueOf(t));
        }
    }

    @Test
    void longRunningReaderAndWritersDoNotBlockEachOther() throws Exception {
        Bank bank = Bank.create(SERVER, "bank", ACCOUNTS, INITIAL);
        try (Connection reader = bank.connect()) {
            reader.setAutoCommit(false);
            reader.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            long[] seen = bank.balances(reader);
            long logged = bank.logCount(reader);
            ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
            Bank.Transfers transfers = bank.new Transfers(4, Connection.TRANSACTION_REPEATABLE_READ, problems);
            long start = System.currentTimeMillis();
            int reads = 0;
            while (System.currentTimeMillis() - start < 2000
                    || (transfers.committed.get() <= 10 || reads <= 5) && problems.isEmpty()
                    && System.currentTimeMillis() - start < 60_000) {
                long t0 = System.nanoTime();
                assertThat(bank.balances(reader)).isEqualTo(seen);
                assertThat(bank.logCount(reader)).isEqualTo(logged);
                assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0)).as("read time").isLessThan(5000);
                reads++;
                Thread.sleep(50);
            }
            // the writers finish while the reader's transaction is still open
            transfers.stopAndJoin(30);
            assertThat(problems).isEmpty();
            assertThat(transfers.committed.get()).as("transfers committed while the reader was open").isGreaterThan(10);
            assertThat(reads).isGreaterThan(5);
            // ... and the reader still sees its snapshot, not their work
            assertThat(bank.balances(reader)).isEqualTo(seen);
            assertThat(bank.logCount(reader)).isEqualTo(logged);
            reader.commit();
            assertThat(bank.logCount(reader)).isEqualTo(logged + transfers.committed.get());
            assertThat(bank.balances(reader)).isEqualTo(bank.balancesFromLog(reader)).isNotEqualTo(seen);
            reader.commit();
        }
    }

    @Test
    void serializationFailureRollsBackAndLeavesTheSessionUsable() throws Exception {
        Bank bank = Bank.create(SERVER, "bank", 4, INITIAL);
        try (Connection a = bank.connect(); Connection b = bank.connect()) {
            b.setAutoCommit(false);
            b.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            assertThat(bank.total(b)).isEqualTo(bank.expectedTotal()); // b's snapshot
            bank.update(a, 1, -10); // autocommit: committed after b's snapshot
            bank.update(a, 2, 10);
            bank.logTransfer(a, 1, 2, 10);
            bank.logTransfer(b, 3, 1, 5);
            bank.update(b, 3, -5);
            assertThatThrownBy(() -> bank.update(b, 1, 5)).isInstanceOfSatisfying(SQLException.class, e -> {
                assertThat(e.getSQLState()).isEqualTo("40001");
                assertThat(e.getMessage()).contains("could not serialize access due to concurrent update");
            });
            // the block is failed until it ends
            assertThatThrownBy(() -> bank.total(b)).isInstanceOfSatisfying(SQLException.class,
                    e -> assertThat(e.getSQLState()).isEqualTo("25P02"));
            b.rollback();
            // nothing of b's transaction stayed; the session works and the retry succeeds
            assertThat(bank.logCount(b)).isEqualTo(1);
            assertThat(bank.balances(b)).containsExactly(990, 1010, 1000, 1000);
            b.commit();
            bank.logTransfer(b, 3, 1, 5);
            bank.update(b, 3, -5);
            bank.update(b, 1, 5);
            b.commit();
            assertThat(bank.balances(a)).containsExactly(995, 1010, 995, 1000).isEqualTo(bank.balancesFromLog(a));
        }
    }

    @Test
    void deadlockVictimRollsBackCompletelyAndStaysUsable() throws Exception {
        Bank bank = Bank.create(SERVER, "bank", 4, INITIAL);
        try (Connection a = bank.connect(); Connection b = bank.connect()) {
            a.setAutoCommit(false);
            b.setAutoCommit(false);
            bank.update(a, 1, -10);
            bank.update(b, 2, -10);
            CompletableFuture<SQLException> first = CompletableFuture.supplyAsync(() -> {
                try {
                    bank.update(a, 2, 10);
                    return null;
                } catch (SQLException e) {
                    return e;
                }
            }, Bank.THREADS);
            Thread.sleep(200);
            SQLException second = null;
            try {
                bank.update(b, 1, 10);
            } catch (SQLException e) {
                second = e;
            }
            SQLException victim;
            Connection loser;
            Connection winner;
            if (second != null) {
                victim = second;
                loser = b;
                winner = a;
                b.rollback();
                assertThat((Object) first.get(10, TimeUnit.SECONDS)).as("the other transaction's result").isNull();
            } else {
                victim = first.get(10, TimeUnit.SECONDS);
                loser = a;
                winner = b;
                a.rollback();
            }
            assertThat((Object) victim).as("deadlock victim").isNotNull();
            assertThat(victim.getSQLState()).isEqualTo("40P01");
            assertThat(victim.getMessage()).contains("deadlock detected");
            winner.commit();
            // the victim's first update is gone too: the winner's transfer alone moved money
            long[] balances = bank.balances(loser);
            assertThat(balances[0] + balances[1]).isEqualTo(2 * INITIAL);
            assertThat(balances[0]).isEqualTo(loser == a ? INITIAL + 10 : INITIAL - 10);
            loser.commit();
        }
    }

    // ---- the on-call doctors: write skew -----------------------------------------------------

    static String doctorsTable() throws SQLException {
        String t = "doctors_" + ProcessHandle.current().pid() + "_" + System.nanoTime();
        try (Connection c = SERVER.connect(); Statement s = c.createStatement()) {
            s.execute("create table " + t + " (name text primary key, on_call boolean not null)");
            s.execute("insert into " + t + " values ('alice', true), ('bob', true)");
        }
        return t;
    }

    /** Takes {@code name} off call if another doctor stays on call; true when it did. */
    static boolean goOffCall(Connection c, String table, String name) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select count(*) from " + table + " where on_call")) {
            rs.next();
            if (rs.getInt(1) < 2) {
                return false;
            }
        }
        try (PreparedStatement p = c.prepareStatement("update " + table + " set on_call = false where name = ?")) {
            p.setString(1, name);
            return p.executeUpdate() == 1;
        }
    }

    static int onCall(String table) throws SQLException {
        try (Connection c = SERVER.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select count(*) from " + table + " where on_call")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void writeSkewCommitsUnderRepeatableRead() throws Exception {
        String t = doctorsTable();
        try (Connection a = SERVER.connect(); Connection b = SERVER.connect()) {
            for (Connection c : List.of(a, b)) {
                c.setAutoCommit(false);
                c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            }
            assertThat(goOffCall(a, t, "alice")).isTrue();
            assertThat(goOffCall(b, t, "bob")).isTrue();
            a.commit();
            b.commit();
        }
        assertThat(onCall(t)).as("nobody on call: the anomaly happened").isZero();
    }

    @Test
    void writeSkewNeverCommitsUnderSerializable() throws Exception {
        String t = doctorsTable();
        int failures = 0;
        try (Connection a = SERVER.connect(); Connection b = SERVER.connect(); Connection admin = SERVER.connect()) {
            for (Connection c : List.of(a, b)) {
                c.setAutoCommit(false);
                c.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
            }
            for (int round = 0; round < 20; round++) {
                // both sessions check before either updates, then they commit in either order
                CyclicBarrier bothChecked = new CyclicBarrier(2);
                CompletableFuture<SQLException> fa = CompletableFuture.supplyAsync(
                        () -> attempt(a, t, "alice", bothChecked), Bank.THREADS);
                CompletableFuture<SQLException> fb = CompletableFuture.supplyAsync(
                        () -> attempt(b, t, "bob", bothChecked), Bank.THREADS);
                SQLException ea = fa.get(30, TimeUnit.SECONDS);
                SQLException eb = fb.get(30, TimeUnit.SECONDS);
                for (SQLException e : new SQLException[] {ea, eb}) {
                    if (e != null) {
                        assertThat(e.getSQLState()).isEqualTo("40001");
                        assertThat(e.getMessage()).contains(
                                "could not serialize access due to read/write dependencies among transactions");
                        var m = ((PSQLException) e).getServerErrorMessage();
                        assertThat(m.getDetail()).startsWith("Reason code: ");
                        assertThat(m.getHint()).isEqualTo("The transaction might succeed if retried.");
                        failures++;
                    }
                }
                assertThat(onCall(t)).as("round " + round).isGreaterThanOrEqualTo(1);
                try (Statement s = admin.createStatement()) {
                    s.execute("update " + t + " set on_call = true");
                }
            }
        }
        assertThat(failures).as("serialization failures, one per round").isEqualTo(20);
    }

    static SQLException attempt(Connection c, String table, String name, CyclicBarrier bothChecked) {
        try {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "select count(*) from " + table + " where on_call")) {
                rs.next();
            } catch (SQLException e) {
                bothChecked.reset(); // the other session need not wait: this round fails here
                throw new IllegalStateException("the first read failed", e);
            }
            bothChecked.await(20, TimeUnit.SECONDS);
            goOffCall(c, table, name);
            Thread.sleep(ThreadLocalRandom.current().nextInt(5));
            c.commit();
            return null;
        } catch (SQLException e) {
            try {
                c.rollback();
            } catch (SQLException ignored) {
                // the connection is checked by the next round
            }
            return e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.BrokenBarrierException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }
}
