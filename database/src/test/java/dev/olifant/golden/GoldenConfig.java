package dev.olifant.golden;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Everything the golden runner is told through system properties.
 *
 * <ul>
 *   <li>{@code olifant.sql.dir}: the directory of {@code NAME.sql} inputs; the expected outputs
 *       are in its sibling {@code expected}, actual outputs and diffs go to
 *       {@code target/golden} of the module;</li>
 *   <li>{@code olifant.runner}: the packaged server ({@code quarkus-run.jar});</li>
 *   <li>{@code golden.target}: {@code olifant} (default: start the server) or {@code pg15}
 *       (use a running PostgreSQL 15 at {@code golden.host}/{@code golden.port});</li>
 *   <li>{@code golden.host}, {@code golden.port}, {@code golden.user}: where psql connects
 *       ({@code pg15} defaults: {@code /tmp}, {@code 5499}; the user defaults to
 *       {@code postgres});</li>
 *   <li>{@code golden.only}: comma-separated file names (with or without {@code .sql});</li>
 *   <li>{@code golden.psql}: the psql binary (default PostgreSQL 15's);</li>
 *   <li>{@code golden.timeout}: seconds one file may take (default 60);</li>
 *   <li>{@code golden.startup-timeout}: seconds the server may take to get ready (default 120);</li>
 *   <li>{@code golden.server-opts}: JVM options for the server, space separated (default
 *       {@code -Xmx1g}).</li>
 * </ul>
 */
record GoldenConfig(
        Target target,
        Path sqlDir,
        Path expectedDir,
        Path outputDir,
        Path runnerJar,
        String host,
        int port,
        String user,
        Path psql,
        Set<String> only,
        Duration fileTimeout,
        Duration startupTimeout,
        List<String> serverOpts) {

    enum Target { OLIFANT, PG15 }

    static final Path PG15_PSQL = Path.of("/usr/lib/postgresql/15/bin/psql");

    static GoldenConfig fromSystemProperties() {
        Target target = switch (prop("golden.target", "olifant").toLowerCase(Locale.ROOT)) {
            case "olifant" -> Target.OLIFANT;
            case "pg15", "postgres", "postgresql" -> Target.PG15;
            default -> throw new IllegalArgumentException(
                    "golden.target must be olifant or pg15, not " + System.getProperty("golden.target"));
        };
        Path sqlDir = Path.of(prop("olifant.sql.dir", "src/test/sql")).toAbsolutePath().normalize();
        Path moduleDir = sqlDir.getParent().getParent().getParent();
        Path outputDir = Path.of(prop("golden.output.dir", moduleDir.resolve("target/golden").toString()));
        String runner = prop("olifant.runner", moduleDir.resolve("target/quarkus-app/quarkus-run.jar").toString());
        String host = prop("golden.host", target == Target.PG15 ? "/tmp" : "127.0.0.1");
        int port = Integer.parseInt(prop("golden.port", target == Target.PG15 ? "5499" : "0"));
        Path psql = Path.of(prop("golden.psql", Files.isExecutable(PG15_PSQL) ? PG15_PSQL.toString() : "psql"));
        Set<String> only = new LinkedHashSet<>();
        for (String name : prop("golden.only", "").split(",")) {
            String trimmed = name.strip();
            if (!trimmed.isEmpty()) {
                only.add(trimmed.endsWith(".sql") ? trimmed.substring(0, trimmed.length() - 4) : trimmed);
            }
        }
        List<String> serverOpts = new ArrayList<>(Arrays.stream(prop("golden.server-opts", "-Xmx1g").split("\\s+"))
                .filter(s -> !s.isBlank()).toList());
        return new GoldenConfig(target, sqlDir, sqlDir.resolveSibling("expected"), outputDir,
                Path.of(runner), host, port, prop("golden.user", "postgres"), psql, only,
                Duration.ofSeconds(Long.parseLong(prop("golden.timeout", "60"))),
                Duration.ofSeconds(Long.parseLong(prop("golden.startup-timeout", "120"))),
                serverOpts);
    }

    /** The test names (file names without {@code .sql}) to run, sorted. */
    List<String> testNames() throws java.io.IOException {
        if (!only.isEmpty()) {
            return List.copyOf(only);
        }
        try (Stream<Path> files = Files.list(sqlDir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".sql"))
                    .map(n -> n.substring(0, n.length() - 4))
                    .sorted()
                    .toList();
        }
    }

    private static String prop(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
