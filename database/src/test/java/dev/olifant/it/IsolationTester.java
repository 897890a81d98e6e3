package dev.olifant.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs PostgreSQL's {@code isolationtester} on one spec against a server and compares its output
 * with the spec's expected output (and alternatives {@code NAME_1.out} …), ignoring white space
 * within lines as {@code pg_isolation_regress} does ({@code diff -w}).
 */
final class IsolationTester {
    static final Path BINARY = Path.of("/usr/lib/postgresql/15/lib/pgxs/src/test/isolation/isolationtester");
    /** Seconds a step may wait before isolationtester cancels it (PGISOLATIONTIMEOUT). */
    private static final int STEP_TIMEOUT_SECONDS = 10;
    private static final int SPEC_TIMEOUT_SECONDS = 30;

    /** The outcome of one spec: whether it matched, and Olifant's output. */
    record Result(String name, boolean passed, String output) {
    }

    private final Path specDirectory;

    IsolationTester(Path specDirectory) {
        this.specDirectory = specDirectory;
    }

    static boolean available() {
        return Files.isExecutable(BINARY);
    }

    /** The spec names of the isolation schedule, in order. */
    List<String> schedule() throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(specDirectory.resolve("isolation_schedule"))) {
            String l = line.strip();
            if (l.startsWith("test:")) {
                for (String name : l.substring(5).strip().split("\\s+")) {
                    out.add(name);
                }
            }
        }
        return out;
    }

    Result run(String name, String conninfo) throws IOException, InterruptedException {
        Path spec = specDirectory.resolve("specs").resolve(name + ".spec");
        ProcessBuilder pb = new ProcessBuilder(BINARY.toString(), conninfo).redirectErrorStream(true)
                .redirectInput(spec.toFile());
        pb.environment().put("PGISOLATIONTIMEOUT", Integer.toString(STEP_TIMEOUT_SECONDS));
        // the settings pg_regress gives every test session (libpq sends them at startup)
        pb.environment().put("PGDATESTYLE", "Postgres, MDY");
        pb.environment().put("PGTZ", "PST8PDT");
        // pg_isolation_regress names the sessions so (isolationtester appends "/session")
        pb.environment().put("PGAPPNAME", "isolation/" + name);
        // a spec whose step failed as it should not can leave a session holding locks that its
        // teardown then waits for: lock_timeout turns that hang into a failed teardown
        pb.environment().put("PGOPTIONS", "-c lock_timeout=20s");
        Process p = pb.start();
        byte[] out;
        try (var in = p.getInputStream()) {
            out = readWithTimeout(p, in);
        }
        String output = new String(out, StandardCharsets.UTF_8);
        return new Result(name, matchesExpected(name, output), output);
    }

    private static byte[] readWithTimeout(Process p, java.io.InputStream in) throws IOException, InterruptedException {
        java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
        Thread copier = Thread.ofVirtual().start(() -> {
            try {
                in.transferTo(buf);
            } catch (IOException ignored) {
                // the process was killed
            }
        });
        if (!p.waitFor(SPEC_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            copier.join(5000);
            return (buf + "\n(isolationtester did not finish within " + SPEC_TIMEOUT_SECONDS + " s)\n")
                    .getBytes(StandardCharsets.UTF_8);
        }
        copier.join(5000);
        return buf.toByteArray();
    }

    private boolean matchesExpected(String name, String output) throws IOException {
        Path expected = specDirectory.resolve("expected");
        List<String> actual = normalize(output);
        for (int i = 0; i < 10; i++) {
            Path f = expected.resolve(i == 0 ? name + ".out" : name + "_" + i + ".out");
            if (Files.exists(f) && normalize(Files.readString(f)).equals(actual)) {
                return true;
            }
        }
        return false;
    }

    /** Lines with all white space removed ({@code diff -w}); blank lines still count. */
    private static List<String> normalize(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            out.add(line.replaceAll("\\s+", ""));
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }
}
