package dev.olifant.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/** pgjdbc against the server: DDL/DML, prepared and batched statements, transactions, errors, cancel. */
class PgJdbcIT {
    @RegisterExtension
    static final OlifantServer SERVER = OlifantServer.shared();

    private static final AtomicInteger TABLES = new AtomicInteger();

    /** A table name of this test's own, so that tests sharing one server never collide. */
    private static String table(String stem) {
        return "jdbc_" + stem + "_" + ProcessHandle.current().pid() + "_" + TABLES.incrementAndGet();
    }

    @Test
    void connectsAndReportsPostgres15() throws Exception {
        try (Connection c = SERVER.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select 1")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(1);
            assertThat(c.getMetaData().getDatabaseMajorVersion()).isEqualTo(15);
        }
    }

    @Test
    void ddlAndDml() throws Exception {
        String t = table("dml");
        try (Connection c = SERVER.connect(); Statement s = c.createStatement()) {
            s.execute("create table " + t + " (id int primary key, name text not null, score numeric(6,2))");
            assertThat(s.executeUpdate(
                    "insert into " + t + " values (1, 'one', 1.5), (2, 'two', 2.25), (3, 'three', null)")).isEqualTo(3);
            assertThat(s.executeUpdate("update " + t + " set score = score * 2 where id <= 2")).isEqualTo(2);
            assertThat(s.executeUpdate("delete from " + t + " where id = 3")).isEqualTo(1);
            try (ResultSet rs = s.executeQuery("select id, name, score from " + t + " order by id")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(1);
                assertThat(rs.getString(2)).isEqualTo("one");
                assertThat(rs.getBigDecimal(3)).isEqualByComparingTo("3.00");
                assertThat(rs.next()).isTrue();
                assertThat(rs.getBigDecimal(3)).isEqualTo(new BigDecimal("4.50"));
                assertThat(rs.next()).isFalse();
            }
            s.execute("drop table " + t);
            assertThatThrownBy(() -> s.executeQuery("select * from " + t)).isInstanceOf(SQLException.class);
        }
    }

    @ParameterizedTest(name = "prepareThreshold={0} binaryTransfer={1}")
    @CsvSource({"5, false", "1, false", "1, true", "0, true"})
    void preparedStatementsReusedPastTheThreshold(int prepareThreshold, boolean binaryTransfer) throws Exception {
        String t = table("types");
        Properties p = new Properties();
        p.setProperty("prepareThreshold", Integer.toString(prepareThreshold));
        p.setProperty("binaryTransfer", Boolean.toString(binaryTransfer));
        try (Connection c = SERVER.connect(p)) {
            try (Statement s = c.createStatement()) {
                s.execute("create table " + t + " (i int, b bigint, n numeric(12,3), s text, ts timestamp, d date,"
                        + " f bool, by bytea, u uuid)");
            }
            try (PreparedStatement ins = c.prepareStatement(
                    "insert into " + t + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int k = 0; k < 8; k++) {
                    ins.setInt(1, k);
                    ins.setLong(2, 10_000_000_000L + k);
                    ins.setBigDecimal(3, new BigDecimal("123.456").add(BigDecimal.valueOf(k)));
                    ins.setString(4, "row " + k + " ünïcødé");
                    ins.setTimestamp(5, Timestamp.valueOf(LocalDateTime.of(2024, 2, 29, 12, 34, 56, 789_000_000)
                            .plusDays(k)));
                    ins.setDate(6, Date.valueOf(LocalDate.of(2000, 1, 1).plusDays(k)));
                    ins.setBoolean(7, k % 2 == 0);
                    ins.setBytes(8, new byte[] {(byte) k, 0, (byte) 0xFF});
                    ins.setObject(9, new UUID(k, k + 1L));
                    assertThat(ins.executeUpdate()).isEqualTo(1);
                }
                ins.setNull(1, java.sql.Types.INTEGER);
                for (int col = 2; col <= 9; col++) {
                    ins.setNull(col, java.sql.Types.OTHER);
                }
                ins.setNull(2, java.sql.Types.BIGINT);
                ins.setNull(3, java.sql.Types.NUMERIC);
                ins.setNull(4, java.sql.Types.VARCHAR);
                ins.setNull(5, java.sql.Types.TIMESTAMP);
                ins.setNull(6, java.sql.Types.DATE);
                ins.setNull(7, java.sql.Types.BOOLEAN);
                ins.setNull(8, java.sql.Types.BINARY);
                assertThat(ins.executeUpdate()).isEqualTo(1);
            }
            try (PreparedStatement sel = c.prepareStatement("select i, b, n, s, ts, d, f, by, u from " + t
                    + " where i = ?")) {
                for (int round = 0; round < 3; round++) {
                    for (int k = 0; k < 8; k++) {
                        sel.setInt(1, k);
                        try (ResultSet rs = sel.executeQuery()) {
                            assertThat(rs.next()).isTrue();
                            assertThat(rs.getInt(1)).isEqualTo(k);
                            assertThat(rs.getLong(2)).isEqualTo(10_000_000_000L + k);
                            assertThat(rs.getBigDecimal(3))
                                    .isEqualTo(new BigDecimal("123.456").add(BigDecimal.valueOf(k)));
                            assertThat(rs.getString(4)).isEqualTo("row " + k + " ünïcødé");
                            assertThat(rs.getTimestamp(5).toLocalDateTime())
                                    .isEqualTo(LocalDateTime.of(2024, 2, 29, 12, 34, 56, 789_000_000).plusDays(k));
                            assertThat(rs.getDate(6).toLocalDate()).isEqualTo(LocalDate.of(2000, 1, 1).plusDays(k));
                            assertThat(rs.getBoolean(7)).isEqualTo(k % 2 == 0);
                            assertThat(rs.getBytes(8)).containsExactly((byte) k, 0, (byte) 0xFF);
                            assertThat(rs.getObject(9)).isEqualTo(new UUID(k, k + 1L));
                            assertThat(rs.next()).isFalse();
                        }
                    }
                }
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "select count(*), count(i), count(u) from " + t)) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getLong(1)).isEqualTo(9);
                assertThat(rs.getLong(2)).isEqualTo(8);
                assertThat(rs.getLong(3)).isEqualTo(8);
            }
        }
    }

    @ParameterizedTest(name = "reWriteBatchedInserts={0}")
    @CsvSource({"false", "true"})
    void batchInserts(boolean rewrite) throws Exception {
        String t = table("batch");
        Properties p = new Properties();
        p.setProperty("reWriteBatchedInserts", Boolean.toString(rewrite));
        try (Connection c = SERVER.connect(p)) {
            try (Statement s = c.createStatement()) {
                s.execute("create table " + t + " (id int primary key, v text)");
            }
            try (PreparedStatement ps = c.prepareStatement("insert into " + t + " (id, v) values (?, ?)")) {
                for (int i = 1; i <= 250; i++) {
                    ps.setInt(1, i);
                    ps.setString(2, "v" + i);
                    ps.addBatch();
                }
                int[] counts = ps.executeBatch();
                assertThat(counts).hasSize(250);
                for (int n : counts) {
                    assertThat(n).isIn(1, Statement.SUCCESS_NO_INFO);
                }
            }
            try (Statement s = c.createStatement()) {
                s.addBatch("update " + t + " set v = 'x' where id <= 10");
                s.addBatch("delete from " + t + " where id > 200");
                assertThat(s.executeBatch()).containsExactly(10, 50);
                try (ResultSet rs = s.executeQuery("select count(*), sum(id) from " + t)) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getLong(1)).isEqualTo(200);
                    assertThat(rs.getLong(2)).isEqualTo(200 * 201 / 2);
                }
            }
        }
    }

    @Test
    void rollbackLeavesNoTrace() throws Exception {
        String t = table("tx");
        try (Connection c = SERVER.connect()) {
            try (Statement s = c.createStatement()) {
                s.execute("create table " + t + " (id int)");
                s.execute("insert into " + t + " values (1)");
            }
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("insert into " + t + " values (2)");
                s.execute("update " + t + " set id = 10 where id = 1");
                try (ResultSet rs = s.executeQuery("select sum(id) from " + t)) {
                    rs.next();
                    assertThat(rs.getLong(1)).isEqualTo(12);
                }
            }
            c.rollback();
            try (Statement s = c.createStatement()) {
                s.execute("insert into " + t + " values (3)");
            }
            c.commit();
            c.setAutoCommit(true);
            try (Connection other = SERVER.connect(); Statement s = other.createStatement();
                    ResultSet rs = s.executeQuery("select id from " + t + " order by id")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(1);
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(3);
                assertThat(rs.next()).isFalse();
            }
        }
    }

    @Test
    void returningAndGeneratedKeys() throws Exception {
        String t = table("keys");
        try (Connection c = SERVER.connect()) {
            try (Statement s = c.createStatement()) {
                s.execute("create table " + t + " (id serial primary key, v text)");
                try (ResultSet rs = s.executeQuery("insert into " + t + " (v) values ('a'), ('b') returning id, v")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getInt(1)).isEqualTo(1);
                    assertThat(rs.getString(2)).isEqualTo("a");
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getInt(1)).isEqualTo(2);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("insert into " + t + " (v) values (?)",
                    new String[] {"id"})) {
                for (int i = 0; i < 3; i++) {
                    ps.setString(1, "k" + i);
                    assertThat(ps.executeUpdate()).isEqualTo(1);
                    try (ResultSet keys = ps.getGeneratedKeys()) {
                        assertThat(keys.next()).isTrue();
                        assertThat(keys.getInt("id")).isEqualTo(3 + i);
                    }
                }
            }
        }
    }

    @Test
    void uniqueViolationCarriesDetail() throws Exception {
        String t = table("uniq");
        try (Connection c = SERVER.connect(); Statement s = c.createStatement()) {
            s.execute("create table " + t + " (id int primary key)");
            s.execute("insert into " + t + " values (1)");
            ServerErrorMessage m = serverError(() -> s.execute("insert into " + t + " values (1)"), "23505");
            assertThat(m.getMessage()).isEqualTo("duplicate key value violates unique constraint \"" + t + "_pkey\"");
            assertThat(m.getDetail()).isEqualTo("Key (id)=(1) already exists.");
        }
    }

    @Test
    void unknownTableSyntaxErrorAndBadInput() throws Exception {
        try (Connection c = SERVER.connect(); Statement s = c.createStatement()) {
            ServerErrorMessage missing = serverError(() -> s.executeQuery("select * from no_such_table_here"), "42P01");
            assertThat(missing.getMessage()).isEqualTo("relation \"no_such_table_here\" does not exist");
            assertThat(missing.getPosition()).isEqualTo(15);
            ServerErrorMessage syntax = serverError(() -> s.executeQuery("select 1 frm x"), "42601");
            assertThat(syntax.getMessage()).isEqualTo("syntax error at or near \"x\"");
            assertThat(syntax.getPosition()).isEqualTo(14);
            ServerErrorMessage bad = serverError(() -> s.executeQuery("select 'abc'::int"), "22P02");
            assertThat(bad.getMessage()).isEqualTo("invalid input syntax for type integer: \"abc\"");
            try (PreparedStatement ps = c.prepareStatement("select ?::int + 1")) {
                ps.setString(1, "12x");
                serverError(ps::executeQuery, "22P02");
            }
            try (ResultSet rs = s.executeQuery("select 41 + 1")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(42);
            }
        }
    }

    @Test
    void notNullViolation() throws Exception {
        String t = table("nn");
        try (Connection c = SERVER.connect(); Statement s = c.createStatement()) {
            s.execute("create table " + t + " (id int, v text not null)");
            ServerErrorMessage m = serverError(() -> s.execute("insert into " + t + " (id) values (1)"), "23502");
            assertThat(m.getMessage()).isEqualTo(
                    "null value in column \"v\" of relation \"" + t + "\" violates not-null constraint");
        }
    }

    @Test
    void failedTransactionRejectsStatementsUntilRollback() throws Exception {
        try (Connection c = SERVER.connect()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                serverError(() -> s.executeQuery("select 1/0"), "22012");
                ServerErrorMessage m = serverError(() -> s.executeQuery("select 1"), "25P02");
                assertThat(m.getMessage()).isEqualTo(
                        "current transaction is aborted, commands ignored until end of transaction block");
                c.rollback();
                try (ResultSet rs = s.executeQuery("select 2")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getInt(1)).isEqualTo(2);
                }
            }
            c.rollback();
        }
    }

    @Test
    void cancelInterruptsARunningStatement() throws Exception {
        try (Connection c = SERVER.connect(); Statement s = c.createStatement()) {
            CompletableFuture<Void> canceller = CompletableFuture.runAsync(() -> {
                try {
                    Thread.sleep(500);
                    s.cancel();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            long start = System.nanoTime();
            ServerErrorMessage m = serverError(() -> s.executeQuery("select pg_sleep(30)"), "57014");
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            canceller.get(5, TimeUnit.SECONDS);
            assertThat(m.getMessage()).isEqualTo("canceling statement due to user request");
            assertThat(took).isLessThan(Duration.ofSeconds(5));
            try (ResultSet rs = s.executeQuery("select 7")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(7);
            }
        }
    }

    /** Runs the action, which must fail with the SQLSTATE, and returns the server's error fields. */
    static ServerErrorMessage serverError(SqlAction action, String sqlState) {
        try {
            action.run();
        } catch (SQLException e) {
            assertThat(e.getSQLState()).as(e.getMessage()).isEqualTo(sqlState);
            assertThat((Throwable) e).isInstanceOf(PSQLException.class);
            ServerErrorMessage m = ((PSQLException) e).getServerErrorMessage();
            assertThat(m).isNotNull();
            return m;
        }
        throw new AssertionError("expected SQLSTATE " + sqlState + " but the statement succeeded");
    }

    @FunctionalInterface
    interface SqlAction {
        void run() throws SQLException;
    }

    @Test
    void fetchSizeReadsThroughASuspendedPortal() throws Exception {
        try (Connection c = SERVER.connect()) {
            c.setAutoCommit(false);
            try (java.sql.PreparedStatement ps = c.prepareStatement(
                    "select g, g * g from generate_series(1, 25) as g order by g")) {
                ps.setFetchSize(4);
                try (ResultSet rs = ps.executeQuery()) {
                    int n = 0;
                    while (rs.next()) {
                        n++;
                        assertThat(rs.getInt(1)).isEqualTo(n);
                        assertThat(rs.getLong(2)).isEqualTo((long) n * n);
                    }
                    assertThat(n).isEqualTo(25);
                }
            }
            c.commit();
        }
    }
}
