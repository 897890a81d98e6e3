package dev.olifant.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Savepoints through pgjdbc: the JDBC savepoint API and {@code autosave}, over the extended protocol. */
class SavepointJdbcIT {
    @RegisterExtension
    static final OlifantServer SERVER = OlifantServer.shared();

    private static final AtomicInteger TABLES = new AtomicInteger();

    private static String table() throws SQLException {
        String t = "sp_" + ProcessHandle.current().pid() + "_" + TABLES.incrementAndGet();
        try (Connection c = SERVER.connect(); Statement s = c.createStatement()) {
            s.execute("create table " + t + " (id int primary key, v text)");
        }
        return t;
    }

    private static int count(Connection c, String t) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select count(*) from " + t)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static void insert(Connection c, String t, int id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("insert into " + t + " values (?, ?)")) {
            p.setInt(1, id);
            p.setString(2, "v" + id);
            p.executeUpdate();
        }
    }

    @Test
    void jdbcSavepointApi() throws Exception {
        String t = table();
        try (Connection c = SERVER.connect()) {
            c.setAutoCommit(false);
            insert(c, t, 1);
            Savepoint s1 = c.setSavepoint();
            insert(c, t, 2);
            Savepoint s2 = c.setSavepoint("named");
            insert(c, t, 3);
            c.rollback(s2);
            assertThat(count(c, t)).isEqualTo(2);
            c.releaseSavepoint(s1);
            assertThatThrownBy(() -> {
                try (Statement s = c.createStatement()) {
                    s.execute("rollback to savepoint named"); // released with s1
                }
            }).isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("3B001"));
            c.rollback();
            insert(c, t, 1);
            Savepoint s3 = c.setSavepoint();
            assertThatThrownBy(() -> insert(c, t, 1)).isInstanceOfSatisfying(SQLException.class,
                    e -> assertThat(e.getSQLState()).isEqualTo("23505"));
            c.rollback(s3);
            insert(c, t, 4);
            c.commit();
            assertThat(count(c, t)).isEqualTo(2);
        }
    }

    @Test
    void autosaveAlwaysRecoversFromAnErrorInsideATransaction() throws Exception {
        String t = table();
        Properties p = new Properties();
        p.setProperty("autosave", "always");
        try (Connection c = SERVER.connect(p)) {
            c.setAutoCommit(false);
            insert(c, t, 1);
            insert(c, t, 2);
            assertThatThrownBy(() -> insert(c, t, 1)).isInstanceOfSatisfying(SQLException.class,
                    e -> assertThat(e.getSQLState()).isEqualTo("23505"));
            // without autosave the transaction would be aborted (25P02); with it, work goes on
            insert(c, t, 3);
            c.commit();
            assertThat(count(c, t)).isEqualTo(3);
        }
    }
}
