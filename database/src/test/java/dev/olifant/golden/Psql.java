package dev.olifant.golden;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code psql} exactly as {@code tools/golden/regenerate.sh} does when it produces the
 * expected files, so that only the server differs between the two runs:
 *
 * <pre>
 * psql -X -w -a -v ON_ERROR_STOP=0 -v VERBOSITY=default -P pager=off \
 *      -h HOST -p PORT -U USER -d DATABASE -f NAME.sql
 * </pre>
 *
 * run from the sql directory (psql prefixes errors with {@code psql:NAME.sql:LINE:}), with
 * stdout and stderr going to one file in the order psql writes them (psql flushes stdout
 * before it reports a message), and in a clean environment: no {@code PG*} variables, no
 * psqlrc ({@code -X}), {@code LC_ALL=C.UTF-8}. Without {@code -q}, command tags such as
 * {@code INSERT 0 3} or the {@code ROLLBACK} that ends a failed block are part of the output.
 */
final class Psql {

    /** How a psql run ended: its exit code, or that it was killed after the timeout. */
    record Result(int exitCode, boolean timedOut, String output) {
        boolean ok() {
            return !timedOut && exitCode == 0;
        }
    }

    private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(30);

    private final GoldenConfig config;
    private final String host;
    private final int port;

    Psql(GoldenConfig config, String host, int port) {
        this.config = config;
        this.host = host;
        this.port = port;
    }

    String host() {
        return host;
    }

    int port() {
        return port;
    }

    /** Runs {@code NAME.sql} in {@code database}; psql's whole output goes to {@code outputFile}. */
    Result runFile(String database, String name, Path outputFile) throws IOException, InterruptedException {
        List<String> args = List.of("-a", "-v", "ON_ERROR_STOP=0", "-v", "VERBOSITY=default", "-P", "pager=off",
                "-h", host, "-p", Integer.toString(port), "-U", config.user(), "-d", database,
                "-f", name + ".sql");
        return run(args, outputFile, config.fileTimeout());
    }

    /**
     * Runs SQL commands, each with {@code -c}, in one session; with {@code stopOnError} the
     * first error ends the run (and its exit code is 3). Bounded by the per-file timeout,
     * at most 30 s.
     */
    Result commands(String database, boolean stopOnError, String... sql) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("-q", "-v", "ON_ERROR_STOP=" + (stopOnError ? 1 : 0),
                "-h", host, "-p", Integer.toString(port), "-U", config.user(), "-d", database));
        for (String command : sql) {
            args.add("-c");
            args.add(command);
        }
        Path out = Files.createTempFile(config.outputDir(), "psql", ".log");
        Duration timeout = config.fileTimeout().compareTo(ADMIN_TIMEOUT) < 0 ? config.fileTimeout() : ADMIN_TIMEOUT;
        try {
            return run(args, out, timeout);
        } finally {
            Files.deleteIfExists(out);
        }
    }

    private Result run(List<String> args, Path outputFile, Duration timeout)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(config.psql().toString());
        command.add("-X");
        command.add("-w");
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(config.sqlDir().toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(outputFile.toFile())
                .redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.clear();
        Path psqlDir = config.psql().getParent();
        env.put("PATH", (psqlDir == null ? "" : psqlDir + ":") + "/usr/bin:/bin");
        env.put("HOME", config.outputDir().toString());
        env.put("LC_ALL", "C.UTF-8");
        env.put("LANG", "C.UTF-8");
        Process process = builder.start();
        boolean finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (!finished) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
        String output = new String(Files.readAllBytes(outputFile), StandardCharsets.UTF_8);
        return new Result(finished ? process.exitValue() : -1, !finished, output);
    }
}
