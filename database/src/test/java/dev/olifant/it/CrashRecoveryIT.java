package dev.olifant.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Kill-and-restart: concurrent pgjdbc clients commit transactions (a row and a transfer between
 * two accounts) while the server is killed with SIGKILL at random moments (some during a
 * CHECKPOINT), {@link #ROUNDS} times (20; {@code bench/crash-soak.sh} runs more). After each
 * restart every acknowledged commit is there, nothing rolled back or never sent is, no
 * transaction is there in part (the balances are exactly the transfers of the rows present), and
 * index lookups agree with sequential scans.
 */
class CrashRecoveryIT {
    @RegisterExtension
    /** Restarted 20 times: the client compiler alone starts the JVM faster on a small machine. */
    static final OlifantServer SERVER = OlifantServer.perClass().withJvmOption("-XX:TieredStopAtLevel=1");

    static final int ROUNDS = Integer.getInteger("olifant.it.crash-rounds", 20);
    static final int CLIENTS = 4;
    static final int ACCOUNTS = 10;

    @Test
    void acknowledgedCommitsSurviveKills() throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("create table acked (id bigint primary key, client int not null, payload text)");
            s.execute("create table accounts (id int primary key, balance bigint not null)");
            s.execute("insert into accounts select g, 0 from generate_series(0, " + (ACCOUNTS - 1) + ") g");
        }
        Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
        Set<Long> rolledBack = ConcurrentHashMap.newKeySet();
        Set<Long> inDoubt = ConcurrentHashMap.newKeySet();
        AtomicInteger nextId = new AtomicInteger(1);
        Random random = new Random(42);
        for (int round = 0; round < ROUNDS; round++) {
            AtomicBoolean stop = new AtomicBoolean();
            List<Thread> clients = new ArrayList<>();
            for (int k = 0; k < CLIENTS; k++) {
                int client = k;
                clients.add(Thread.ofVirtual().start(() -> work(client, nextId, acknowledged, rolledBack, inDoubt, stop)));
            }
            Thread.sleep(150 + random.nextInt(400));
            if (round % 4 == 1) {
                Thread checkpoint = Thread.ofVirtual().start(() -> {
                    try (Connection c = connect(); Statement s = c.createStatement()) {
                        s.execute("checkpoint");
                    } catch (SQLException expected) {
                        // the kill may interrupt it
                    }
                });
                Thread.sleep(random.nextInt(20));
                SERVER.kill();
                checkpoint.join();
            } else {
                SERVER.kill();
            }
            stop.set(true);
            for (Thread t : clients) {
                t.join();
            }
            long killed = System.nanoTime();
            SERVER.restart();
            verify(acknowledged, rolledBack, inDoubt, nextId.get());
            System.out.printf("crash round %d/%d: %d acknowledged commits present after SIGKILL and restart "
                    + "(restart %.1f s)%n", round + 1, ROUNDS, acknowledged.size(), (System.nanoTime() - killed) / 1e9);
        }
        assertThat(acknowledged).hasSizeGreaterThan(ROUNDS * 5);
    }

    /**
     * One client: each transaction inserts its id into {@code acked} and moves {@link #amount}
     * from one account to another ({@link #from}, {@link #to}), so a transaction applied in part
     * shows as an account balance that the rows of {@code acked} do not explain. Every seventh
     * is rolled back instead of committed.
     */
    private void work(int client, AtomicInteger nextId, Set<Long> acknowledged, Set<Long> rolledBack,
            Set<Long> inDoubt, AtomicBoolean stop) {
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            PreparedStatement ins = c.prepareStatement("insert into acked values (?, ?, ?)");
            PreparedStatement move = c.prepareStatement("update accounts set balance = balance + ? where id = ?");
            int n = 0;
            while (!stop.get()) {
                long id = nextId.getAndIncrement();
                boolean abort = ++n % 7 == 0;
                inDoubt.add(id);
                try {
                    ins.setLong(1, id);
                    ins.setInt(2, client);
                    ins.setString(3, "row " + id);
                    ins.executeUpdate();
                    // lower account first, so that concurrent transfers cannot deadlock
                    int a = Math.min(from(id), to(id));
                    int b = Math.max(from(id), to(id));
                    for (int account : new int[] {a, b}) {
                        move.setLong(1, account == from(id) ? -amount(id) : amount(id));
                        move.setInt(2, account);
                        move.executeUpdate();
                    }
                    if (abort) {
                        c.rollback();
                        rolledBack.add(id);
                    } else {
                        c.commit();
                        acknowledged.add(id);
                    }
                    inDoubt.remove(id);
                } catch (SQLException e) {
                    if (c.isClosed() || e.getSQLState() == null || e.getSQLState().startsWith("08")) {
                        throw e;
                    }
                    c.rollback(); // e.g. a serialization failure: the transaction did not happen
                    rolledBack.add(id);
                    inDoubt.remove(id);
                }
            }
        } catch (SQLException killed) {
            // the server went away: the transaction in flight stays in doubt
        }
    }

    static int from(long id) {
        return (int) (id % ACCOUNTS);
    }

    static int to(long id) {
        return (int) ((from(id) + 1 + id / ACCOUNTS % (ACCOUNTS - 1)) % ACCOUNTS); // never from(id)
    }

    static long amount(long id) {
        return id % 97 + 1;
    }

    private void verify(Set<Long> acknowledged, Set<Long> rolledBack, Set<Long> inDoubt, long maxId) throws SQLException {
        Set<Long> found = new java.util.HashSet<>();
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("set enable_indexscan = off");
            try (ResultSet rs = s.executeQuery("select id from acked")) {
                while (rs.next()) {
                    found.add(rs.getLong(1));
                }
            }
            s.execute("set enable_indexscan = on");
            long[] expected = new long[ACCOUNTS];
            for (long id : found) {
                expected[from(id)] -= amount(id);
                expected[to(id)] += amount(id);
            }
            try (ResultSet rs = s.executeQuery("select id, balance from accounts order by id")) {
                for (int account = 0; account < ACCOUNTS; account++) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getInt(1)).isEqualTo(account);
                    assertThat(rs.getLong(2)).as("balance of account %d: the transfers of exactly the rows present",
                            account).isEqualTo(expected[account]);
                }
                assertThat(rs.next()).isFalse();
            }
            assertThat(found).containsAll(acknowledged);
            assertThat(found).doesNotContainAnyElementsOf(rolledBack);
            for (long id : found) {
                assertThat(acknowledged.contains(id) || inDoubt.contains(id)).as("row %d was never acknowledged", id)
                        .isTrue();
                assertThat(id).isLessThan(maxId);
            }
            PreparedStatement byIndex = c.prepareStatement("select count(*) from acked where id = ?");
            int checked = 0;
            for (long id : acknowledged) {
                if (checked++ > 200) {
                    break;
                }
                byIndex.setLong(1, id);
                try (ResultSet rs = byIndex.executeQuery()) {
                    rs.next();
                    assertThat(rs.getLong(1)).as("index lookup of %d", id).isEqualTo(1);
                }
            }
        }
        // whatever was in doubt has now been decided
        inDoubt.removeIf(id -> {
            if (found.contains(id)) {
                acknowledged.add(id);
            }
            return true;
        });
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(SERVER.jdbcUrl(), SERVER.user(), "");
    }
}
