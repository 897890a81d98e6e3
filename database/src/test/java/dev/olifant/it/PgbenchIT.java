package dev.olifant.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * PostgreSQL 15's {@code pgbench} against Olifant, unchanged: initialisation with client-side
 * COPY and with server-side generation ({@code -I dtGvpf}, foreign keys included), then the
 * TPC-B-like script and the select-only script in each protocol mode ({@code -M simple},
 * {@code extended}, {@code prepared}) with 8 clients on 2 threads. After every TPC-B run the
 * books must balance: branch, teller and account balances sum to the same value, and that value
 * moved by exactly the sum of the deltas the run logged in {@code pgbench_history}, one row per
 * transaction.
 */
class PgbenchIT {
    @RegisterExtension
    static final OlifantServer SERVER = OlifantServer.shared();

    private static final int CLIENTS = 8;
    private static final int TPCB_PER_CLIENT = 40;
    private static final int SELECTS_PER_CLIENT = 150;

    @BeforeAll
    static void createDatabases() throws SQLException {
        try (Connection c = SERVER.connect(); Statement s = c.createStatement()) {
            for (String db : List.of("pgbench_copy", "pgbench_generate")) {
                s.execute("drop database if exists " + db);
                s.execute("create database " + db);
            }
        }
    }

    @Test
    void clientSideInitThenEveryScriptInEveryProtocolMode() throws Exception {
        String db = "pgbench_copy";
        String init = pgbench(db, "-i", "-s", "1");
        assertThat(init).contains("client-side generate");
        assertCounts(db);
        for (String mode : List.of("simple", "extended", "prepared")) {
            tpcb(db, mode);
            String out = pgbench(db, "-S", "-M", mode, "-c", Integer.toString(CLIENTS), "-j", "2",
                    "-t", Integer.toString(SELECTS_PER_CLIENT));
            assertProcessed(out, CLIENTS * SELECTS_PER_CLIENT);
        }
    }

    @Test
    void serverSideGenerateWithForeignKeys() throws Exception {
        String db = "pgbench_generate";
        String init = pgbench(db, "-i", "-I", "dtGvpf", "-s", "1");
        assertThat(init).contains("server-side generate").contains("foreign keys");
        assertCounts(db);
        try (Connection c = connect(db); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select conname from pg_constraint where contype = 'f' order by 1")) {
            List<String> names = new ArrayList<>();
            while (rs.next()) {
                names.add(rs.getString(1));
            }
            assertThat(names).containsExactly("pgbench_accounts_bid_fkey", "pgbench_history_aid_fkey",
                    "pgbench_history_bid_fkey", "pgbench_history_tid_fkey", "pgbench_tellers_bid_fkey");
        }
        tpcb(db, "prepared");
    }

    /** One TPC-B-like run and the balance checks after it. */
    private static void tpcb(String db, String mode) throws Exception {
        long before = balances(db)[0];
        String out = pgbench(db, "-M", mode, "-c", Integer.toString(CLIENTS), "-j", "2",
                "-t", Integer.toString(TPCB_PER_CLIENT));
        assertProcessed(out, CLIENTS * TPCB_PER_CLIENT);
        long[] after = balances(db);
        assertThat(after[1]).as("branch balances (-M %s)", mode).isEqualTo(after[0]);
        assertThat(after[2]).as("teller balances (-M %s)", mode).isEqualTo(after[0]);
        assertThat(after[0] - before).as("accounts moved by the logged deltas (-M %s)", mode).isEqualTo(after[3]);
        assertThat(after[4]).as("one history row per transaction (-M %s)", mode)
                .isEqualTo(CLIENTS * TPCB_PER_CLIENT);
    }

    /** Sums of account, branch and teller balances, of history deltas, and the history's row count. */
    private static long[] balances(String db) throws SQLException {
        try (Connection c = connect(db); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select (select coalesce(sum(abalance), 0) from pgbench_accounts),"
                        + " (select coalesce(sum(bbalance), 0) from pgbench_branches),"
                        + " (select coalesce(sum(tbalance), 0) from pgbench_tellers),"
                        + " (select coalesce(sum(delta), 0) from pgbench_history),"
                        + " (select count(*) from pgbench_history)")) {
            assertThat(rs.next()).isTrue();
            return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)};
        }
    }

    private static void assertCounts(String db) throws SQLException {
        try (Connection c = connect(db); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select (select count(*) from pgbench_accounts),"
                        + " (select count(*) from pgbench_branches), (select count(*) from pgbench_tellers),"
                        + " (select count(*) from pgbench_history)")) {
            assertThat(rs.next()).isTrue();
            assertThat(List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                    .containsExactly(100_000L, 1L, 10L, 0L);
        }
    }

    private static void assertProcessed(String out, int transactions) {
        assertThat(out).contains("number of transactions actually processed: " + transactions + "/" + transactions)
                .contains("number of failed transactions: 0 (0.000%)");
    }

    private static Connection connect(String db) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", SERVER.user());
        return DriverManager.getConnection(SERVER.jdbcUrl(db), p);
    }

    /** Runs pgbench against {@code db}; its combined output, after asserting it exited 0. */
    private static String pgbench(String db, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(binary(), "-h", "127.0.0.1",
                "-p", Integer.toString(SERVER.port()), "-U", SERVER.user()));
        command.addAll(List.of(args));
        command.add(db);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] bytes = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("pgbench finished").isTrue();
        String out = new String(bytes, StandardCharsets.UTF_8);
        System.out.println("$ " + String.join(" ", command) + "\n" + out);
        assertThat(p.exitValue()).as("pgbench %s exit code; output:%n%s", String.join(" ", args), out).isZero();
        return out;
    }

    private static String binary() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
            Path p = Path.of(dir, "pgbench");
            if (Files.isExecutable(p)) {
                return p.toString();
            }
        }
        throw new IllegalStateException("pgbench is not installed (tools/pg15/install.sh installs PostgreSQL 15's)");
    }
}
