package dev.olifant.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * PostgreSQL 15's isolation test schedule (src/test/isolation) run against Olifant with
 * PostgreSQL's own {@code isolationtester}: every spec in a database of its own, its output
 * compared with PostgreSQL's expected output. The specs listed in
 * {@code src/test/isolation/passing.txt} must pass; the others are listed, with the reason they
 * fail, in {@code failing.txt}. The pass count of the whole schedule is printed.
 *
 * <p>The specs come from PostgreSQL's source archive, fetched by
 * {@code tools/isolation/fetch-specs.sh} (system property {@code olifant.isolation.dir} points
 * at an unpacked {@code src/test/isolation} instead); {@code -Dolifant.isolation.only=a,b} runs a
 * subset.
 */
class IsolationIT {
    private static final Path LISTS = Path.of("src/test/isolation");

    @RegisterExtension
    static final OlifantServer SERVER = OlifantServer.perClass();

    @Test
    void isolationSchedule() throws Exception {
        assumeTrue(IsolationTester.available(), "isolationtester (postgresql-client-15) is not installed");
        Path specs = specDirectory();
        IsolationTester tester = new IsolationTester(specs);
        Set<String> passing = names(LISTS.resolve("passing.txt"));
        List<String> schedule = tester.schedule();
        String only = System.getProperty("olifant.isolation.only", "");
        if (!only.isBlank()) {
            schedule = List.of(only.split(","));
        }
        List<String> passed = new ArrayList<>();
        List<String> regressed = new ArrayList<>();
        int n = 0;
        for (String name : schedule) {
            String db = "isolation_" + (++n);
            try (Connection c = SERVER.connect(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + db);
            }
            String conninfo = "host=" + SERVER.host() + " port=" + SERVER.port() + " user=" + SERVER.user()
                    + " dbname=" + db;
            long start = System.nanoTime();
            IsolationTester.Result r = tester.run(name, conninfo);
            System.out.printf("isolation %s: %s (%d ms)%n", name, r.passed() ? "ok" : "FAILED",
                    (System.nanoTime() - start) / 1_000_000);
            if (r.passed()) {
                passed.add(name);
            } else if (passing.contains(name)) {
                regressed.add(name);
                System.out.println(r.output());
            }
        }
        System.out.printf("isolation schedule: %d of %d specs pass%n", passed.size(), schedule.size());
        assertThat(regressed).as("specs listed in passing.txt that no longer pass").isEmpty();
    }

    private static Path specDirectory() throws Exception {
        String dir = System.getProperty("olifant.isolation.dir");
        if (dir != null) {
            return Path.of(dir);
        }
        Path script = Path.of("..", "tools", "isolation", "fetch-specs.sh");
        Process p = new ProcessBuilder("bash", script.toString()).redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        String out = new String(p.getInputStream().readAllBytes()).strip();
        assumeTrue(p.waitFor() == 0, "PostgreSQL's isolation specs could not be fetched");
        return Path.of(out);
    }

    /** The spec names in a list file: the first word of each line; # starts a comment. */
    static Set<String> names(Path file) throws Exception {
        Set<String> out = new LinkedHashSet<>();
        if (!Files.exists(file)) {
            return out;
        }
        for (String line : Files.readAllLines(file)) {
            String l = line.strip();
            if (!l.isEmpty() && !l.startsWith("#")) {
                out.add(l.split("[\\s:]+")[0]);
            }
        }
        return out;
    }
}
