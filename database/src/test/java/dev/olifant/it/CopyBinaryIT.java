package dev.olifant.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/** COPY in binary format through pgjdbc's CopyManager: a round trip of every common type, and bad input. */
class CopyBinaryIT {
    @RegisterExtension
    static final OlifantServer SERVER = OlifantServer.shared();

    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};
    private static final String COLUMNS = "(id int, big bigint, name text, amount numeric(10,2), flag bool, day date,"
            + " at timestamp, raw bytea, doc jsonb, nums int[], small smallint, ratio float8, u uuid)";

    private static List<String> rows(Statement s, String table) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("select * from " + table + " order by id")) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder sb = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    sb.append(rs.getString(i)).append('|');
                }
                out.add(sb.toString());
            }
        }
        return out;
    }

    @Test
    void roundTripsEveryColumnTypeAndNull() throws Exception {
        String src = "copyb_src_" + ProcessHandle.current().pid();
        String dst = "copyb_dst_" + ProcessHandle.current().pid();
        try (Connection c = SERVER.connect(); Statement s = c.createStatement()) {
            s.execute("create table " + src + " " + COLUMNS);
            s.execute("create table " + dst + " " + COLUMNS);
            s.execute("insert into " + src + " values"
                    + " (1, 9000000000, 'one', 12.50, true, '2024-02-29', '2024-01-02 03:04:05.123456', '\\xdeadbeef',"
                    + " '{\"a\": [1, 2.5]}', '{1,NULL,3}', -7, 1.5, 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'),"
                    + " (2, null, null, null, null, null, null, null, null, null, null, null, null),"
                    + " (3, -1, 'tab\tand \"quote\"', -0.01, false, '1999-12-31', '1970-01-01 00:00:00', '\\x',"
                    + " '[]', '{}', 32767, -0.25, '00000000-0000-0000-0000-000000000000')");
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            long copied = copy.copyOut("COPY " + src + " TO STDOUT (FORMAT binary)", out);
            assertThat(copied).isEqualTo(3);
            byte[] data = out.toByteArray();
            assertThat(Arrays.copyOf(data, SIGNATURE.length)).isEqualTo(SIGNATURE);
            assertThat(Arrays.copyOfRange(data, data.length - 2, data.length)).containsExactly(0xFF, 0xFF);

            // FREEZE: allowed only for a table created or truncated in the same transaction
            c.setAutoCommit(false);
            s.execute("truncate " + dst);
            long loaded = copy.copyIn("COPY " + dst + " FROM STDIN WITH (FORMAT binary, FREEZE)",
                    new ByteArrayInputStream(data));
            c.commit();
            c.setAutoCommit(true);
            assertThat(loaded).isEqualTo(3);
            assertThat(rows(s, dst)).isEqualTo(rows(s, src)).hasSize(3);

            ByteArrayOutputStream again = new ByteArrayOutputStream();
            copy.copyOut("COPY (select * from " + dst + " order by id) TO STDOUT WITH (FORMAT binary)", again);
            assertThat(again.toByteArray()).isEqualTo(data);
            s.execute("drop table " + src);
            s.execute("drop table " + dst);
        }
    }

    @Test
    void rejectsBadInputWithPostgresCodes() throws Exception {
        String t = "copyb_bad_" + ProcessHandle.current().pid();
        try (Connection c = SERVER.connect(); Statement s = c.createStatement()) {
            s.execute("create table " + t + " (a int, b text)");
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            assertThatThrownBy(() -> copy.copyIn("COPY " + t + " FROM STDIN (FORMAT binary)",
                    new ByteArrayInputStream("1\tx\n".getBytes())))
                    .isInstanceOfSatisfying(SQLException.class, e -> {
                        assertThat(e.getSQLState()).isEqualTo("22P04");
                        assertThat(e.getMessage()).contains("COPY file signature not recognized");
                    });
            ByteArrayOutputStream one = new ByteArrayOutputStream();
            one.writeBytes(SIGNATURE);
            one.writeBytes(new byte[8]);
            one.writeBytes(new byte[] {0, 1, 0, 0, 0, 4, 0, 0, 0, 5, (byte) 0xFF, (byte) 0xFF});
            assertThatThrownBy(() -> copy.copyIn("COPY " + t + " FROM STDIN (FORMAT binary)",
                    new ByteArrayInputStream(one.toByteArray())))
                    .isInstanceOfSatisfying(SQLException.class, e -> {
                        assertThat(e.getSQLState()).isEqualTo("22P04");
                        assertThat(e.getMessage()).contains("row field count is 1, expected 2");
                    });
            assertThatThrownBy(() -> s.execute("COPY " + t + " TO STDOUT (FORMAT binary, DELIMITER ',')"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42601"));
            s.execute("drop table " + t);
        }
    }
}
