package dev.olifant.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * The SQLSTATE a client sees for a database that does not exist (3D000), which a golden SQL file
 * cannot show: it is a FATAL error of the connection's startup, as in PostgreSQL 15. The other codes
 * of missing and duplicate objects are in the golden file error_codes.sql.
 */
class ErrorCodesIT {
    @RegisterExtension
    static final OlifantServer SERVER = OlifantServer.shared();

    @Test
    void connectingToAMissingDatabaseIs3D000() {
        Properties p = new Properties();
        p.setProperty("user", SERVER.user());
        PSQLException e = catchThrowableOfType(PSQLException.class,
                () -> DriverManager.getConnection(SERVER.jdbcUrl("no_such_database_3d000"), p).close());
        assertThat((Object) e).isNotNull();
        assertThat(e.getSQLState()).isEqualTo("3D000");
        ServerErrorMessage m = e.getServerErrorMessage();
        assertThat(m).isNotNull();
        assertThat(m.getSeverity()).isEqualTo("FATAL");
        assertThat(m.getMessage()).isEqualTo("database \"no_such_database_3d000\" does not exist");
    }

    @Test
    void droppingAMissingDatabaseIs3D000() throws Exception {
        try (Connection c = SERVER.connect(); Statement s = c.createStatement()) {
            PSQLException e = catchThrowableOfType(PSQLException.class,
                    () -> s.execute("DROP DATABASE no_such_database_3d000"));
            assertThat((Object) e).isNotNull();
            assertThat(e.getSQLState()).isEqualTo("3D000");
            assertThat(e.getServerErrorMessage().getMessage())
                    .isEqualTo("database \"no_such_database_3d000\" does not exist");
            assertThat(e.getServerErrorMessage().getSeverity()).isEqualTo("ERROR");
        }
    }
}
