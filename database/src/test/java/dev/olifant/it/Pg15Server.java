package dev.olifant.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A throwaway PostgreSQL 15 for tests that compare Olifant with PostgreSQL itself, started with
 * {@code tools/pg15/start.sh} (the script the golden expected files are made with; {@code .ci/run}
 * installs postgresql-15 on a fresh machine) and stopped with {@code tools/pg15/stop.sh}. A missing
 * PostgreSQL 15 fails the test: the comparison is the test's whole point, so it never skips.
 *
 * <p>Setting {@code olifant.pg15.port} (and optionally {@code olifant.pg15.host}, default
 * {@code 127.0.0.1}) uses a running PostgreSQL 15 instead.
 */
final class Pg15Server implements BeforeAllCallback, AfterAllCallback {
    private static final Path PG_BIN = Path.of("/usr/lib/postgresql/15/bin");

    private Path work;
    private String host = "127.0.0.1";
    private int port;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        String external = System.getProperty("olifant.pg15.port");
        if (external != null && !external.isBlank()) {
            port = Integer.parseInt(external.strip());
            host = System.getProperty("olifant.pg15.host", host);
            return;
        }
        if (!Files.isExecutable(PG_BIN.resolve("postgres"))) {
            throw new IllegalStateException("PostgreSQL 15 is not installed (" + PG_BIN
                    + "/postgres is missing); run tools/pg15/install.sh");
        }
        work = Files.createTempDirectory(Path.of("/tmp"), "olifant-pg15-");
        Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwxr-xr-x"));
        port = freePort();
        run(List.of("bash", tools().resolve("start.sh").toString(), work.toString(), Integer.toString(port)));
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (work == null) {
            return;
        }
        try {
            run(List.of("bash", tools().resolve("stop.sh").toString(), work.toString()));
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
            work = null;
        }
    }

    /** Creates database {@code name} afresh (dropping one left behind) and connects to it. */
    Connection freshDatabase(String name) throws SQLException {
        try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name);
            s.execute("CREATE DATABASE " + name);
        }
        return connect(name);
    }

    Connection connect(String database) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", "postgres");
        p.setProperty("connectTimeout", "10");
        return DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/" + database, p);
    }

    private static Path tools() {
        String sqlDir = System.getProperty("olifant.sql.dir");
        Path module = sqlDir != null ? Path.of(sqlDir).toAbsolutePath().getParent().getParent().getParent()
                : Path.of(System.getProperty("user.dir"));
        return module.getParent().resolve("tools/pg15");
    }

    /** Runs a script with its output in a file: the server it starts must not hold a pipe of ours open. */
    private static void run(List<String> command) throws IOException, InterruptedException {
        Path log = Files.createTempFile(Path.of("/tmp"), "olifant-pg15-", ".log");
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(command + " did not finish within 120 s:\n" + Files.readString(log));
            }
            if (p.exitValue() != 0) {
                throw new IllegalStateException(command + " failed with status " + p.exitValue() + ":\n"
                        + Files.readString(log));
            }
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
