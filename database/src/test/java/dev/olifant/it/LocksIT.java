package dev.olifant.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Row and table locks through pgjdbc: SELECT FOR UPDATE / SHARE with NOWAIT and SKIP LOCKED,
 * LOCK TABLE, DDL waiting for writers, deadlocks across row and table locks, and the views and
 * functions that show who waits for whom.
 */
class LocksIT {
    @RegisterExtension
    static final OlifantServer SERVER = OlifantServer.shared();

    private static final AtomicInteger TABLES = new AtomicInteger();
    private static final Executor THREADS = r -> Thread.ofVirtual().start(r);

    private static String table(String stem) {
        return "locks_" + stem + "_" + ProcessHandle.current().pid() + "_" + TABLES.incrementAndGet();
    }

    private static Connection begin() throws SQLException {
        Connection c = SERVER.connect();
        c.setAutoCommit(false);
        return c;
    }

    private static String state(SQLException e) {
        return e.getSQLState();
    }

    private static List<Integer> ints(Statement s, String sql) throws SQLException {
        List<Integer> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getInt(1));
            }
        }
        return out;
    }

    /**
     * The backend's pid from the connection's BackendKeyData: no query, so it can be asked while
     * another thread runs a statement on the connection.
     */
    private static int pid(Connection c) throws SQLException {
        return c.unwrap(org.postgresql.PGConnection.class).getBackendPID();
    }

    /** Waits until {@code pid} is blocked by {@code blocker}, as isolationtester checks it. */
    private static void awaitBlocked(Connection observer, int pid, int blocker) throws Exception {
        for (int i = 0; i < 200; i++) {
            try (Statement s = observer.createStatement(); ResultSet rs = s.executeQuery(
                    "select pg_isolation_test_session_is_blocked(" + pid + ", '{" + blocker + "}')")) {
                rs.next();
                if (rs.getBoolean(1)) {
                    return;
                }
            }
            Thread.sleep(25);
        }
        throw new AssertionError("session " + pid + " never waited for " + blocker);
    }

    private static void setup(String sql) throws SQLException {
        try (Connection c = SERVER.connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @Test
    void forUpdateBlocksAnotherForUpdateUntilCommitAndNowaitFails() throws Exception {
        String t = table("fu");
        setup("create table " + t + " (id int primary key, v text); insert into " + t + " values (1, 'a'), (2, 'b')");
        try (Connection a = begin(); Connection b = begin(); Connection watch = SERVER.connect();
                Statement sa = a.createStatement(); Statement sb = b.createStatement()) {
            assertThat(ints(sa, "select id from " + t + " where id = 1 for update")).containsExactly(1);
            assertThatThrownBy(() -> sb.executeQuery("select * from " + t + " where id = 1 for update nowait"))
                    .isInstanceOfSatisfying(SQLException.class, e -> {
                        assertThat(state(e)).isEqualTo("55P03");
                        assertThat(e.getMessage()).contains("could not obtain lock on row in relation \"" + t + "\"");
                    });
            b.rollback();
            // the other row is free; FOR KEY SHARE does not conflict with FOR NO KEY UPDATE
            assertThat(ints(sb, "select id from " + t + " where id = 2 for update nowait")).containsExactly(2);
            b.rollback();
            assertThat(ints(sb, "select id from " + t + " order by id for update skip locked")).containsExactly(2);
            b.rollback();
            CompletableFuture<List<Integer>> waiting = CompletableFuture.supplyAsync(() -> {
                try {
                    return ints(sb, "select id from " + t + " where id = 1 for share");
                } catch (SQLException e) {
                    throw new RuntimeException(e);
                }
            }, THREADS);
            awaitBlocked(watch, pid(b), pid(a));
            try (Statement w = watch.createStatement(); ResultSet rs = w.executeQuery(
                    "select locktype, mode, granted from pg_locks where pid = " + pid(b) + " and not granted")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("transactionid");
                assertThat(rs.getString(2)).isEqualTo("ShareLock");
            }
            try (Statement w = watch.createStatement(); ResultSet rs = w.executeQuery(
                    "select wait_event_type, state from pg_stat_activity where pid = " + pid(b))) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("Lock");
                assertThat(rs.getString(2)).isEqualTo("active");
            }
            sa.executeUpdate("update " + t + " set v = 'a2' where id = 1");
            a.commit();
            assertThat(waiting.get(10, TimeUnit.SECONDS)).containsExactly(1);
            b.commit();
        }
    }

    @Test
    void keyShareLetsKeyPreservingUpdatesThrough() throws Exception {
        String t = table("ks");
        setup("create table " + t + " (id int primary key, v text); insert into " + t + " values (1, 'a')");
        try (Connection a = begin(); Connection b = begin(); Statement sa = a.createStatement();
                Statement sb = b.createStatement()) {
            assertThat(ints(sa, "select id from " + t + " for key share")).containsExactly(1);
            assertThat(sb.executeUpdate("update " + t + " set v = 'b'")).isEqualTo(1);
            b.commit();
            assertThatThrownBy(() -> {
                sb.execute("set lock_timeout = '200ms'");
                sb.executeUpdate("update " + t + " set id = 2");
            }).isInstanceOfSatisfying(SQLException.class, e -> assertThat(state(e)).isEqualTo("55P03"));
            b.rollback();
            a.commit();
        }
    }

    @Test
    void readCommittedLockRechecksTheNewestVersion() throws Exception {
        String t = table("rc");
        setup("create table " + t + " (id int primary key, v int); insert into " + t + " values (1, 10), (2, 20)");
        try (Connection a = begin(); Connection b = begin(); Connection watch = SERVER.connect();
                Statement sa = a.createStatement(); Statement sb = b.createStatement()) {
            sa.executeUpdate("update " + t + " set v = v + 100 where id = 1");
            CompletableFuture<List<Integer>> waiting = CompletableFuture.supplyAsync(() -> {
                try {
                    return ints(sb, "select v from " + t + " where v < 50 order by id for update");
                } catch (SQLException e) {
                    throw new RuntimeException(e);
                }
            }, THREADS);
            awaitBlocked(watch, pid(b), pid(a));
            a.commit();
            assertThat(waiting.get(10, TimeUnit.SECONDS)).containsExactly(20);
            b.commit();
        }
        try (Connection a = begin(); Connection b = SERVER.connect(); Connection watch = SERVER.connect();
                Statement sa = a.createStatement(); Statement sb = b.createStatement()) {
            sb.execute("begin isolation level repeatable read");
            ints(sb, "select 1");
            sa.executeUpdate("update " + t + " set v = v + 1 where id = 2");
            CompletableFuture<Void> waiting = CompletableFuture.runAsync(() -> {
                try {
                    ints(sb, "select v from " + t + " where id = 2 for update");
                } catch (SQLException e) {
                    throw new RuntimeException(e);
                }
            }, THREADS);
            awaitBlocked(watch, pid(b), pid(a));
            a.commit();
            assertThatThrownBy(() -> waiting.get(10, TimeUnit.SECONDS)).hasRootCauseInstanceOf(SQLException.class)
                    .rootCause().hasMessageContaining("could not serialize access due to concurrent update");
            sb.execute("rollback");
        }
    }

    @Test
    void lockTableNeedsATransactionBlockAndBlocksWriters() throws Exception {
        String t = table("lt");
        setup("create table " + t + " (id int)");
        try (Connection plain = SERVER.connect(); Statement s = plain.createStatement()) {
            assertThatThrownBy(() -> s.execute("lock table " + t))
                    .isInstanceOfSatisfying(SQLException.class, e -> {
                        assertThat(state(e)).isEqualTo("25P01");
                        assertThat(e.getMessage()).contains("LOCK TABLE can only be used in transaction blocks");
                    });
        }
        try (Connection a = begin(); Connection b = begin(); Connection watch = SERVER.connect();
                Statement sa = a.createStatement(); Statement sb = b.createStatement()) {
            sa.execute("lock table " + t + " in share mode");
            assertThatThrownBy(() -> sb.execute("lock " + t + " in row exclusive mode nowait"))
                    .isInstanceOfSatisfying(SQLException.class, e -> {
                        assertThat(state(e)).isEqualTo("55P03");
                        assertThat(e.getMessage()).contains("could not obtain lock on relation \"" + t + "\"");
                    });
            b.rollback();
            CompletableFuture<Integer> insert = CompletableFuture.supplyAsync(() -> {
                try {
                    return sb.executeUpdate("insert into " + t + " values (1)");
                } catch (SQLException e) {
                    throw new RuntimeException(e);
                }
            }, THREADS);
            awaitBlocked(watch, pid(b), pid(a));
            try (Statement w = watch.createStatement(); ResultSet rs = w.executeQuery(
                    "select mode, granted from pg_locks where relation = '" + t + "'::regclass order by granted")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("RowExclusiveLock");
                assertThat(rs.getBoolean(2)).isFalse();
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("ShareLock");
                assertThat(rs.getBoolean(2)).isTrue();
            }
            assertThat(ints(watch.createStatement(), "select * from unnest(pg_blocking_pids(" + pid(b) + "))"))
                    .containsExactly(pid(a));
            a.commit();
            assertThat(insert.get(10, TimeUnit.SECONDS)).isEqualTo(1);
            b.commit();
        }
    }

    @Test
    void createIndexWaitsForWritersAndTruncateForReaders() throws Exception {
        String t = table("ci");
        setup("create table " + t + " (id int)");
        try (Connection a = begin(); Connection b = SERVER.connect(); Connection watch = SERVER.connect();
                Statement sa = a.createStatement(); Statement sb = b.createStatement()) {
            sa.executeUpdate("insert into " + t + " values (1)");
            CompletableFuture<Void> index = CompletableFuture.runAsync(() -> {
                try {
                    sb.execute("create index on " + t + " (id)");
                } catch (SQLException e) {
                    throw new RuntimeException(e);
                }
            }, THREADS);
            awaitBlocked(watch, pid(b), pid(a));
            a.commit();
            index.get(10, TimeUnit.SECONDS);
            ints(sa, "select id from " + t);
            CompletableFuture<Void> truncate = CompletableFuture.runAsync(() -> {
                try {
                    sb.execute("truncate " + t);
                } catch (SQLException e) {
                    throw new RuntimeException(e);
                }
            }, THREADS);
            awaitBlocked(watch, pid(b), pid(a));
            a.commit();
            truncate.get(10, TimeUnit.SECONDS);
            assertThat(ints(sa, "select id from " + t)).isEmpty();
            a.commit();
        }
    }

    @Test
    void deadlockBetweenARowWaitAndATableWaitIsDetected() throws Exception {
        String t = table("dl");
        String u = table("dl");
        setup("create table " + t + " (id int primary key); insert into " + t + " values (1); create table " + u
                + " (id int)");
        try (Connection a = begin(); Connection b = begin(); Connection watch = SERVER.connect();
                Statement sa = a.createStatement(); Statement sb = b.createStatement()) {
            // only the second waiter's check may find the cycle, as in PostgreSQL each waiter
            // searches once, deadlock_timeout after it starts waiting
            sa.execute("set deadlock_timeout = '10s'");
            sb.execute("set deadlock_timeout = '100ms'");
            sa.execute("lock table " + u + " in exclusive mode");
            ints(sb, "select id from " + t + " for update");
            CompletableFuture<Integer> rowWait = CompletableFuture.supplyAsync(() -> {
                try {
                    return sa.executeUpdate("update " + t + " set id = id");
                } catch (SQLException e) {
                    throw new RuntimeException(e);
                }
            }, THREADS);
            awaitBlocked(watch, pid(a), pid(b));
            assertThatThrownBy(() -> sb.executeUpdate("insert into " + u + " values (1)"))
                    .isInstanceOfSatisfying(SQLException.class, e -> {
                        assertThat(state(e)).isEqualTo("40P01");
                        assertThat(e.getMessage()).contains("deadlock detected");
                    });
            b.rollback();
            assertThat(rowWait.get(10, TimeUnit.SECONDS)).isEqualTo(1);
            a.commit();
        }
    }

    @Test
    void lockingClausesAreRefusedWhereTheyCannotApply() throws Exception {
        String t = table("bad");
        setup("create table " + t + " (id int)");
        try (Connection c = SERVER.connect(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeQuery("select count(*) from " + t + " for update"))
                    .hasMessageContaining("FOR UPDATE is not allowed with aggregate functions");
            assertThatThrownBy(() -> s.executeQuery("select distinct id from " + t + " for share"))
                    .hasMessageContaining("FOR SHARE is not allowed with DISTINCT clause");
            assertThatThrownBy(() -> s.executeQuery("select id from " + t + " for update of nosuch"))
                    .hasMessageContaining("relation \"nosuch\" in FOR UPDATE clause not found in FROM clause");
        }
    }

    @Test
    void idleInTransactionTimeoutEndsTheSessionAndReleasesItsLocks() throws Exception {
        String t = table("idle");
        setup("create table " + t + " (id int)");
        try (Connection a = begin(); Connection b = SERVER.connect(); Statement sa = a.createStatement()) {
            sa.execute("set idle_in_transaction_session_timeout = '200ms'");
            sa.execute("lock table " + t);
            Thread.sleep(800);
            assertThatThrownBy(() -> sa.executeQuery("select 1"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getMessage())
                            .contains("terminating connection due to idle-in-transaction timeout"));
            try (Statement sb = b.createStatement()) {
                sb.execute("set lock_timeout = '5s'");
                assertThat(sb.executeUpdate("insert into " + t + " values (1)")).isEqualTo(1);
            }
        }
    }

    @Test
    void terminateBackendEndsAnotherSession() throws Exception {
        try (Connection a = SERVER.connect(); Connection b = SERVER.connect(); Statement sb = b.createStatement()) {
            int victim = pid(a);
            try (ResultSet rs = sb.executeQuery("select pg_terminate_backend(" + victim + ")")) {
                rs.next();
                assertThat(rs.getBoolean(1)).isTrue();
            }
            assertThatThrownBy(() -> a.createStatement().executeQuery("select 1")).isInstanceOf(SQLException.class);
            for (int i = 0; i < 100 && !ints(sb, "select pid from pg_stat_activity where pid = " + victim).isEmpty(); i++) {
                Thread.sleep(20);
            }
            assertThat(ints(sb, "select pid from pg_stat_activity where pid = " + victim)).isEmpty();
        }
    }

    @Test
    void advisoryLocksAreHeldPerSessionOrTransactionAndWaitInTheQueue() throws Exception {
        long key = ProcessHandle.current().pid() * 1000 + TABLES.incrementAndGet();
        try (Connection a = SERVER.connect(); Connection b = begin(); Connection watch = SERVER.connect();
                Statement sa = a.createStatement(); Statement sb = b.createStatement()) {
            sa.execute("select pg_advisory_lock(" + key + ")");
            sa.execute("select pg_advisory_lock(" + key + ")");
            assertThat(bool(sb, "select pg_try_advisory_lock(" + key + ")")).isFalse();
            assertThat(bool(sb, "select pg_try_advisory_xact_lock_shared(" + key + ")")).isFalse();
            assertThat(ints(watch.createStatement(), "select objsubid from pg_locks where locktype = 'advisory'"
                    + " and pid = " + pid(a) + " and mode = 'ExclusiveLock' and granted")).containsExactly(1);
            CompletableFuture<Void> waiter = CompletableFuture.runAsync(() -> {
                try {
                    sb.execute("select pg_advisory_xact_lock(" + key + ")");
                } catch (SQLException e) {
                    throw new RuntimeException(e);
                }
            }, THREADS);
            awaitBlocked(watch, pid(b), pid(a));
            assertThat(bool(sa, "select pg_advisory_unlock(" + key + ")")).isTrue();
            assertThat(bool(sa, "select pg_advisory_unlock(" + key + ")")).isTrue();
            waiter.get(10, TimeUnit.SECONDS);
            assertThat(bool(sa, "select pg_advisory_unlock(" + key + ")")).isFalse();
            assertThat(sa.getWarnings().getMessage()).contains("you don't own a lock of type ExclusiveLock");
            assertThat(bool(sa, "select pg_try_advisory_lock(" + key + ")")).isFalse();
            b.commit();
            assertThat(bool(sa, "select pg_try_advisory_lock(" + key + ")")).isTrue();
            sa.execute("select pg_advisory_unlock_all()");
            assertThat(bool(sb, "select pg_try_advisory_lock(" + key + ")")).isTrue();
            b.commit();
        }
    }

    private static boolean bool(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getBoolean(1);
        }
    }
}
