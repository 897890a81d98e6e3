package dev.olifant.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * psql's meta-commands against a fresh server print what they print against a fresh PostgreSQL 15
 * cluster (the expected output in {@code psql-meta/} was produced by PostgreSQL 15; see the README
 * there).
 */
class PsqlMetaCommandsIT {
    @RegisterExtension
    static final OlifantServer SERVER = OlifantServer.perClass();

    @BeforeAll
    static void psqlInstalled() {
        assumeTrue(Psql.available(), "psql is not installed");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = PsqlMetaCommandsIT.class.getResourceAsStream("/psql-meta/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void metaCommandsOnAFreshDatabase() throws Exception {
        Psql.Result r = Psql.run("127.0.0.1", SERVER.port(), SERVER.user(), "postgres",
                resource("empty-database.sql"), "-a", "-v", "ON_ERROR_STOP=0", "-P", "pager=off");
        assertThat(r.stdout() + r.stderr()).isEqualTo(resource("empty-database.out"));
    }

    @Test
    void conninfo() throws Exception {
        Psql.Result r = Psql.run("127.0.0.1", SERVER.port(), SERVER.user(), "postgres", null, "-c", "\\conninfo");
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        assertThat(r.stdout()).isEqualTo("You are connected to database \"postgres\" as user \"postgres\" on host "
                + "\"127.0.0.1\" at port \"" + SERVER.port() + "\".\n");
    }
}
