package dev.olifant.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A data directory the server cannot use stops startup with a FATAL line saying why and a
 * non-zero exit status: a damaged control file, files of another format version, a missing WAL
 * segment. Put right, the same directory starts again with its data.
 */
class StartupErrorsIT {
    @RegisterExtension
    static final OlifantServer SERVER = OlifantServer.perClass();

    @Test
    void unusableDataDirectoriesStopStartup() throws Exception {
        try (Connection c = SERVER.connect(); Statement s = c.createStatement()) {
            s.execute("create table kept (id int primary key)");
            s.execute("insert into kept select g from generate_series(1, 100) g");
        }
        SERVER.stopProcess();
        Path control = SERVER.dataDirectory().resolve("global/pg_control");
        byte[] original = Files.readAllBytes(control);

        byte[] damaged = original.clone();
        damaged[damaged.length / 2] ^= 0x55;
        Files.write(control, damaged);
        assertRefusesToStart("FATAL:  incorrect checksum in control file");

        byte[] otherVersion = original.clone();
        ByteBuffer.wrap(otherVersion).putInt(8, 99);
        Files.write(control, otherVersion);
        String log = assertRefusesToStart("FATAL:  database files are incompatible with server");
        assertThat(log).contains("DETAIL:  The database cluster was initialized with control file format 99, "
                + "but the server was compiled with control file format " + dev.olifant.wal.ControlFile.FORMAT_VERSION + ".");

        Files.write(control, original);
        Path segment;
        try (Stream<Path> files = Files.list(SERVER.dataDirectory().resolve("pg_wal"))) {
            List<Path> segments = files.sorted().toList();
            segment = segments.get(segments.size() - 1);
        }
        Path aside = SERVER.dataDirectory().resolveSibling(segment.getFileName());
        Files.move(segment, aside);
        assertRefusesToStart("FATAL:  could not find WAL segment " + segment.getFileName() + " needed for recovery");

        Files.move(aside, segment);
        SERVER.restart();
        try (Connection c = SERVER.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*), sum(id) from kept")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(100);
            assertThat(rs.getLong(2)).isEqualTo(5050);
        }
    }

    /** Starts the server, expects it to exit with a non-zero status and {@code fatal} in its output; returns that output. */
    private static String assertRefusesToStart(String fatal) throws IOException, InterruptedException {
        long before = Files.size(SERVER.logFile());
        int status = SERVER.restartExpectingExit(Duration.ofSeconds(90));
        byte[] all = Files.readAllBytes(SERVER.logFile());
        String output = new String(all, (int) before, all.length - (int) before, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(status).as("exit status; output:%n%s", output).isNotZero();
        assertThat(output).contains(fatal);
        return output;
    }
}
