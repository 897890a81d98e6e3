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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** SQL cursors through pgjdbc, whose statements go over the extended protocol (Parse / Bind / Describe / Execute). */
class CursorJdbcIT {
    @RegisterExtension
    static final OlifantServer SERVER = OlifantServer.shared();

    private static List<Integer> ints(ResultSet rs) throws SQLException {
        List<Integer> out = new ArrayList<>();
        while (rs.next()) {
            out.add(rs.getInt(1));
        }
        return out;
    }

    @Test
    void declareFetchMoveAndClose() throws Exception {
        try (Connection c = SERVER.connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement d = c.prepareStatement(
                    "declare jc scroll cursor for select g from generate_series(1, 10) g where g > ?")) {
                d.setInt(1, 4);
                d.execute();
            }
            try (Statement s = c.createStatement()) {
                assertThat(ints(s.executeQuery("fetch 2 from jc"))).containsExactly(5, 6);
                assertThat(ints(s.executeQuery("fetch backward 1 from jc"))).containsExactly(5);
                s.execute("move last in jc");
                assertThat(s.getUpdateCount()).isEqualTo(1);
                assertThat(ints(s.executeQuery("fetch prior from jc"))).containsExactly(9);
                ResultSet rs = s.executeQuery("fetch absolute 1 from jc");
                assertThat(rs.getMetaData().getColumnName(1)).isEqualTo("g");
                assertThat(ints(rs)).containsExactly(5);
                s.execute("close jc");
                assertThatThrownBy(() -> s.executeQuery("fetch jc")).isInstanceOf(SQLException.class)
                        .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("34000"));
            }
            c.rollback();
        }
    }

    @Test
    void withHoldCursorAcrossCommits() throws Exception {
        try (Connection c = SERVER.connect(); Statement s = c.createStatement()) {
            s.execute("declare jh cursor with hold for select g from generate_series(1, 3) g");
            assertThat(ints(s.executeQuery("fetch 2 from jh"))).containsExactly(1, 2);
            assertThat(ints(s.executeQuery("fetch all from jh"))).containsExactly(3);
            s.execute("close jh");
            assertThatThrownBy(() -> s.execute("declare jn cursor for select 1")).isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("25P01"));
        }
    }
}
