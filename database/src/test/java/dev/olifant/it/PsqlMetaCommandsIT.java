package dev.olifant.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
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

    /** psql -a with stdout and stderr in one stream, as {@code 2>&1} gives (psql reports "Did not find" on stderr). */
    private static String psqlMerged(String script) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(Psql.binary(), "-X", "-a", "-v", "ON_ERROR_STOP=0", "-P", "pager=off",
                "-h", "127.0.0.1", "-p", Integer.toString(SERVER.port()), "-U", SERVER.user(), "-d", "postgres");
        pb.redirectErrorStream(true);
        pb.environment().put("LC_ALL", "C.UTF-8");
        pb.environment().remove("PGPASSWORD");
        Process p = pb.start();
        try (OutputStream in = p.getOutputStream()) {
            in.write(script.getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("psql did not finish");
        }
        return out;
    }

    @Test
    void metaCommandsOnAFreshDatabase() throws Exception {
        assertThat(psqlMerged(resource("empty-database.sql"))).isEqualTo(resource("empty-database.out"));
    }

    @Test
    void conninfo() throws Exception {
        Psql.Result r = Psql.run("127.0.0.1", SERVER.port(), SERVER.user(), "postgres", null, "-c", "\\conninfo");
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        assertThat(r.stdout()).isEqualTo("You are connected to database \"postgres\" as user \"postgres\" on host "
                + "\"127.0.0.1\" at port \"" + SERVER.port() + "\".\n");
    }
}
