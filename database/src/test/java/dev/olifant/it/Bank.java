package dev.olifant.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bank for concurrency tests: a table of accounts and a log with one row per transfer, written
 * in the transfer's own transaction. Whatever commits, the balances always add up to
 * {@code size * initial}, and every balance equals its initial value plus what the log moved in
 * minus what it moved out.
 */
record Bank(OlifantServer server, String accounts, String log, int size, long initial) {
    /** One thread per task: the common pool may have a single thread on a small machine. */
    static final ExecutorService THREADS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "bank");
        t.setDaemon(true);
        return t;
    });

    static Bank create(OlifantServer server, String name, int size, long initial) throws SQLException {
        String accounts = name + "_" + ProcessHandle.current().pid() + "_" + System.nanoTime() % 1_000_000;
        Bank bank = new Bank(server, accounts, accounts + "_log", size, initial);
        try (Connection c = server.connect(); Statement s = c.createStatement()) {
            s.execute("create table " + accounts + " (id int primary key, balance bigint not null)");
            s.execute("insert into " + accounts + " select g, " + initial + " from generate_series(1, " + size + ") g");
            s.execute("create table " + bank.log + " (from_id int not null, to_id int not null, amount bigint not null)");
        }
        return bank;
    }

    /** A connection that reports deadlocks quickly. */
    Connection connect() throws SQLException {
        Connection c = server.connect();
        try (Statement s = c.createStatement()) {
            s.execute("set deadlock_timeout = '100ms'");
        }
        return c;
    }

    long expectedTotal() {
        return size * initial;
    }

    /** The sum of all balances, read in one statement; checks that no account is missing. */
    long total(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select sum(balance), count(*) from " + accounts)) {
            rs.next();
            if (rs.getInt(2) != size) {
                throw new AssertionError(rs.getInt(2) + " accounts instead of " + size);
            }
            return rs.getLong(1);
        }
    }

    /** Every account's balance, indexed by id - 1. */
    long[] balances(Connection c) throws SQLException {
        long[] balances = new long[size];
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select id, balance from " + accounts + " order by id")) {
            while (rs.next()) {
                balances[rs.getInt(1) - 1] = rs.getLong(2);
            }
        }
        return balances;
    }

    /** The balances the log accounts for. */
    long[] balancesFromLog(Connection c) throws SQLException {
        long[] balances = new long[size];
        java.util.Arrays.fill(balances, initial);
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select from_id, to_id, amount from " + log)) {
            while (rs.next()) {
                balances[rs.getInt(1) - 1] -= rs.getLong(3);
                balances[rs.getInt(2) - 1] += rs.getLong(3);
            }
        }
        return balances;
    }

    long logCount(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select count(*) from " + log)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    void update(Connection c, int id, long delta) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("update " + accounts + " set balance = balance + ? where id = ?")) {
            p.setLong(1, delta);
            p.setInt(2, id);
            if (p.executeUpdate() != 1) {
                throw new AssertionError("account " + id + " not updated");
            }
        }
    }

    void logTransfer(Connection c, int from, int to, long amount) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("insert into " + log + " values (?, ?, ?)")) {
            p.setInt(1, from);
            p.setInt(2, to);
            p.setLong(3, amount);
            p.executeUpdate();
        }
    }

    /**
     * Moves a random amount between two random accounts in the connection's current transaction,
     * refusing to overdraw; true when it moved money (the caller commits).
     */
    boolean transfer(Connection c) throws SQLException {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        int from = 1 + r.nextInt(size);
        int to = 1 + r.nextInt(size - 1);
        if (to >= from) {
            to++;
        }
        long amount = 1 + r.nextInt(50);
        try (PreparedStatement p = c.prepareStatement("select balance from " + accounts + " where id = ?")) {
            p.setInt(1, from);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                if (rs.getLong(1) < amount) {
                    return false;
                }
            }
        }
        update(c, from, -amount);
        update(c, to, amount);
        logTransfer(c, from, to, amount);
        return true;
    }

    static boolean retryable(SQLException e) {
        return "40001".equals(e.getSQLState()) || "40P01".equals(e.getSQLState());
    }

    /** Connections doing transfers until stopped, retrying after serialization failures and deadlocks. */
    final class Transfers {
        final AtomicBoolean stop = new AtomicBoolean();
        final AtomicLong committed = new AtomicLong();
        final AtomicLong serializationFailures = new AtomicLong();
        final AtomicLong deadlocks = new AtomicLong();
        private final List<CompletableFuture<Void>> workers = new ArrayList<>();

        Transfers(int connections, int level, Queue<String> problems) {
            for (int w = 0; w < connections; w++) {
                workers.add(CompletableFuture.runAsync(() -> run(level, problems), THREADS));
            }
        }

        private void run(int level, Queue<String> problems) {
            try (Connection c = connect()) {
                c.setAutoCommit(false);
                c.setTransactionIsolation(level);
                while (!stop.get()) {
                    try {
                        boolean moved = transfer(c);
                        c.commit();
                        if (moved) {
                            committed.incrementAndGet();
                        }
                    } catch (SQLException e) {
                        c.rollback();
                        if (!retryable(e)) {
                            problems.add(e.getSQLState() + " " + e.getMessage());
                            return;
                        }
                        (e.getSQLState().equals("40001") ? serializationFailures : deadlocks).incrementAndGet();
                        // the session is usable at once after the failure
                        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select 1")) {
                            rs.next();
                        }
                        c.commit();
                    }
                }
            } catch (Throwable t) {
                problems.add(String.valueOf(t));
            }
        }

        /** Stops the workers and waits for them: they must all finish within {@code seconds}. */
        void stopAndJoin(long seconds) throws Exception {
            stop.set(true);
            CompletableFuture.allOf(workers.toArray(CompletableFuture[]::new)).get(seconds, TimeUnit.SECONDS);
        }
    }
}
