package dev.olifant.golden;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden SQL tests: one dynamic test per {@code src/test/sql/NAME.sql}, whose psql output must
 * equal {@code src/test/expected/NAME.out} as produced by PostgreSQL 15. The actual output is
 * kept in {@code target/golden/NAME.out} and a failing file's unified diff in
 * {@code target/golden/NAME.diff}. An optional {@code NAME.differences} next to the file lists
 * the differences it tolerates ({@link Differences}); they are substituted in both outputs
 * before the comparison, and the diff is taken after them. See {@link GoldenConfig} for the
 * system properties.
 */
class GoldenSqlIT {

    /** Diff lines quoted in a failure message; the .diff file has all of them. */
    private static final int MESSAGE_DIFF_LINES = 120;

    private static GoldenConfig config;
    private static GoldenServer server;
    private static String startFailure;
    /** Set when the server stopped answering setup commands; later files fail at once. */
    private static String serverHung;
    private static TestDatabases databases;
    private static final AtomicInteger passed = new AtomicInteger();
    private static final List<String> failed = Collections.synchronizedList(new ArrayList<>());
    private static final AtomicInteger statements = new AtomicInteger();

    @TestFactory
    Stream<DynamicTest> goldenFiles() throws IOException {
        config = GoldenConfig.fromSystemProperties();
        Files.createDirectories(config.outputDir());
        List<String> names = config.testNames();
        System.out.println("golden: " + names.size() + " file(s) from " + config.sqlDir() + " against "
                + config.target().name().toLowerCase(Locale.ROOT));
        // No test source URI: surefire/failsafe attribute dynamic tests to the test class only
        // when they have none, and would otherwise neither count nor report them.
        return IntStream.range(0, names.size()).mapToObj(i -> DynamicTest.dynamicTest(names.get(i),
                () -> runFile(i + 1, names.size(), names.get(i))));
    }

    @AfterAll
    static void summary() throws IOException {
        try {
            String line = "golden: " + passed.get() + " passed, " + failed.size() + " failed";
            int files = passed.get() + failed.size();
            String conformance = "conformance: " + files + " files, " + statements.get() + " statements, "
                    + (failed.isEmpty() ? "all match" : failed.size() + " differ: "
                    + String.join(", ", failed.stream().sorted().toList()));
            System.out.println(line);
            System.out.println(conformance);
            if (config != null) {
                List<String> report = new ArrayList<>();
                report.add(line);
                report.add(conformance);
                failed.stream().sorted().forEach(name -> report.add("FAILED " + name));
                if (databases != null && databases.sharedReason() != null) {
                    report.add("note: " + databases.sharedReason());
                }
                Files.write(config.outputDir().resolve("summary.txt"), report, StandardCharsets.UTF_8);
            }
        } finally {
            if (server != null) {
                server.close();
                server = null;
            }
        }
    }

    private static void runFile(int index, int total, String name) throws Exception {
        long started = System.nanoTime();
        String progress = "golden: [" + index + "/" + total + "] " + name;
        Path sqlFile = config.sqlDir().resolve(name + ".sql");
        int count = Files.isRegularFile(sqlFile)
                ? StatementCounter.count(Files.readString(sqlFile, StandardCharsets.UTF_8)) : 0;
        statements.addAndGet(count);
        try {
            check(name);
            passed.incrementAndGet();
            System.out.printf(Locale.ROOT, "%s passed, %d statements (%d ms)%n", progress, count,
                    (System.nanoTime() - started) / 1_000_000);
        } catch (Throwable e) {
            failed.add(name);
            System.out.printf(Locale.ROOT, "%s FAILED (%d ms): %s%n", progress,
                    (System.nanoTime() - started) / 1_000_000, firstLine(e.getMessage()));
            throw e;
        }
    }

    private static void check(String name) throws Exception {
        Path sql = config.sqlDir().resolve(name + ".sql");
        Path expectedFile = config.expectedDir().resolve(name + ".out");
        Path actualFile = config.outputDir().resolve(name + ".out");
        Path diffFile = config.outputDir().resolve(name + ".diff");
        Files.deleteIfExists(actualFile);
        Files.deleteIfExists(diffFile);
        if (!Files.isRegularFile(sql)) {
            fail("no such golden file: " + sql);
        }
        if (!Files.isRegularFile(expectedFile)) {
            fail("no expected output " + expectedFile + "; produce it with tools/golden/regenerate.sh " + name);
        }
        GoldenServer target = server();
        Psql psql = new Psql(config, target.host(), target.port());
        if (databases == null) {
            databases = new TestDatabases(psql, config.sqlDir());
        }
        String database = prepareDatabase(name);
        Psql.Result result = psql.runFile(database, name, actualFile);

        String expected = new String(Files.readAllBytes(expectedFile), StandardCharsets.UTF_8);
        String actual = result.output();
        List<String> problems = new ArrayList<>();
        Differences differences = Differences.forTest(config.sqlDir(), name);
        if (!differences.isEmpty()) {
            Differences.Applied applied = differences.apply(expected, actual);
            expected = applied.expected();
            actual = applied.actual();
            applied.report().forEach(line -> System.out.println("golden: " + name + ".differences " + line));
            applied.unused().forEach(rule -> problems.add(name + ".differences " + rule
                    + " matched neither output; remove it"));
        }
        String diff = UnifiedDiff.diff("expected/" + name + ".out", "target/golden/" + name + ".out",
                expected, actual, 3);
        if (result.timedOut()) {
            problems.add("psql did not finish within " + config.fileTimeout().toSeconds()
                    + " s and was killed; the output is what it printed until then");
        } else if (result.exitCode() != 0) {
            problems.add("psql exited with code " + result.exitCode());
        }
        if (!diff.isEmpty()) {
            Files.writeString(diffFile, diff, StandardCharsets.UTF_8);
            problems.add("output differs from " + expectedFile + " (actual: " + actualFile + ", diff: " + diffFile + ")");
        }
        try {
            databases.finish(name);
        } catch (IllegalStateException e) {
            serverHung = e.getMessage();
            problems.add(e.getMessage());
        }
        if (target instanceof OlifantServer olifant && !olifant.isAlive()) {
            problems.add("the server is no longer running; last lines of its log:\n" + olifant.logTail());
        }
        if (!problems.isEmpty()) {
            fail(name + ".sql: " + String.join("; ", problems) + "\n" + abbreviate(diff));
        }
    }

    private static String prepareDatabase(String name) throws Exception {
        if (serverHung != null) {
            fail("skipped: " + serverHung);
        }
        try {
            return databases.prepare(name);
        } catch (IllegalStateException e) {
            serverHung = e.getMessage();
            String log = server instanceof OlifantServer olifant
                    ? "\nlast lines of the server log:\n" + olifant.logTail() : "";
            throw new AssertionError(e.getMessage() + log, e);
        }
    }

    /** Starts the target once; a server that failed to start fails every file with its log. */
    private static synchronized GoldenServer server() {
        if (startFailure != null) {
            fail(startFailure);
        }
        if (server == null) {
            try {
                server = switch (config.target()) {
                    case PG15 -> new GoldenServer.External(config.host(), config.port());
                    case OLIFANT -> OlifantServer.start(config);
                };
                System.out.println("golden: running against " + server.describe());
            } catch (Exception e) {
                startFailure = "the server did not start: " + e.getMessage();
                fail(startFailure, e);
            }
        }
        return server;
    }

    private static String abbreviate(String diff) {
        List<String> lines = UnifiedDiff.lines(diff);
        if (lines.size() <= MESSAGE_DIFF_LINES) {
            return diff;
        }
        return String.join("\n", lines.subList(0, MESSAGE_DIFF_LINES))
                + "\n... (" + (lines.size() - MESSAGE_DIFF_LINES) + " more diff lines in the .diff file)\n";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
