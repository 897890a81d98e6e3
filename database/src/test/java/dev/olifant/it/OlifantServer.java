package dev.olifant.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs the packaged server ({@code java -jar ${olifant.runner}}) as a separate process for
 * integration tests, with a temporary data directory, a temporary Unix-socket directory, a free
 * TCP port and a free HTTP port, and waits for {@code /q/health/ready}.
 *
 * <pre>
 * &#64;RegisterExtension
 * static final OlifantServer SERVER = OlifantServer.shared();      // one server for the whole run
 * // or OlifantServer.perClass().withSetting("max-connections", "5") for a class of its own
 * ...
 * try (Connection c = SERVER.connect()) { ... }
 * </pre>
 *
 * <p>Setting the system property {@code olifant.it.port} (with optional {@code olifant.it.host},
 * {@code olifant.it.socket-dir}, {@code olifant.it.database}, {@code olifant.it.user}) points the
 * tests at an already running server instead, e.g. PostgreSQL itself to check the tests.
 */
public final class OlifantServer implements BeforeAllCallback, AfterAllCallback {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static OlifantServer shared;

    private final boolean perRun;
    private final Map<String, String> settings = new LinkedHashMap<>();
    private final List<String> jvmOptions = new ArrayList<>();
    private Process process;
    private Path workDirectory;
    private int port;
    private int httpPort;
    private String host = "127.0.0.1";
    private Path socketDirectory;
    private String database = "postgres";
    private String user = "postgres";
    private boolean external;

    private OlifantServer(boolean perRun) {
        this.perRun = perRun;
    }

    /** One server for every test class that uses it in this run, stopped when the run ends. */
    public static synchronized OlifantServer shared() {
        if (shared == null) {
            shared = new OlifantServer(true);
        }
        return shared;
    }

    /** A server of the test class's own, started before its first test and stopped after its last. */
    public static OlifantServer perClass() {
        return new OlifantServer(false);
    }

    /** Adds an {@code olifant.*} setting (name without the prefix) for the server process. */
    public OlifantServer withSetting(String name, String value) {
        if (perRun) {
            throw new IllegalStateException("the shared server takes no settings; use perClass()");
        }
        settings.put(name, value);
        return this;
    }

    /** Adds a JVM option for the server process, e.g. one that shortens startup for tests that restart it often. */
    public OlifantServer withJvmOption(String option) {
        if (perRun) {
            throw new IllegalStateException("the shared server takes no options; use perClass()");
        }
        jvmOptions.add(option);
        return this;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        if (perRun) {
            synchronized (OlifantServer.class) {
                if (!isStarted()) {
                    start();
                    context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                            .put(OlifantServer.class.getName(), (AutoCloseable) this::stop);
                }
            }
        } else {
            start();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (!perRun) {
            stop();
        }
    }

    private boolean isStarted() {
        return external || process != null;
    }

    /** Starts the server process and waits until it is ready. */
    public synchronized void start() throws IOException, InterruptedException {
        String externalPort = System.getProperty("olifant.it.port");
        if (externalPort != null) {
            external = true;
            port = Integer.parseInt(externalPort);
            host = System.getProperty("olifant.it.host", host);
            socketDirectory = Path.of(System.getProperty("olifant.it.socket-dir", "/tmp"));
            database = System.getProperty("olifant.it.database", database);
            user = System.getProperty("olifant.it.user", user);
            return;
        }
        String runner = System.getProperty("olifant.runner");
        if (runner == null || !Files.isRegularFile(Path.of(runner))) {
            throw new IllegalStateException("the packaged server is missing (system property olifant.runner = "
                    + runner + "); run the package phase first");
        }
        workDirectory = Files.createTempDirectory(Path.of("/tmp"), "olifant-it-");
        socketDirectory = Files.createDirectories(workDirectory.resolve("sock"));
        port = freePort();
        httpPort = freePort();
        launch(runner);
    }

    /** Kills the server process with SIGKILL, as a crash would, keeping its data directory. */
    public synchronized void kill() throws InterruptedException {
        if (process != null) {
            process.destroyForcibly().waitFor();
            process = null;
        }
    }

    /** Starts the server again on the same data directory and ports (after {@link #kill} or {@link #stopProcess}). */
    public synchronized void restart() throws IOException, InterruptedException {
        launch(System.getProperty("olifant.runner"));
    }

    private void launch(String runner) throws IOException, InterruptedException {
        process = spawn(runner);
        awaitReady();
    }

    /**
     * Starts the server again on the same data directory expecting it to refuse to start (a
     * damaged data directory): waits for the process to exit and returns its exit status; the
     * output is in {@link #logFile()}.
     */
    public synchronized int restartExpectingExit(Duration timeout) throws IOException, InterruptedException {
        Process p = spawn(System.getProperty("olifant.runner"));
        if (!p.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            p.destroyForcibly().waitFor();
            throw new IllegalStateException("the server was still running after " + timeout + ":\n" + logTail());
        }
        return p.exitValue();
    }

    private Process spawn(String runner) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx1g");
        command.addAll(jvmOptions);
        if (Runtime.version().feature() >= 24) {
            command.add("--sun-misc-unsafe-memory-access=allow");
        }
        command.add("-Dolifant.port=" + port);
        command.add("-Dolifant.listen-addresses=127.0.0.1");
        command.add("-Dolifant.unix-socket-directories=" + socketDirectory);
        command.add("-Dolifant.data-directory=" + workDirectory.resolve("data"));
        command.add("-Dquarkus.http.port=" + httpPort);
        command.add("-Dquarkus.http.host=127.0.0.1");
        settings.forEach((k, v) -> command.add("-Dolifant." + k + "=" + v));
        command.add("-jar");
        command.add(runner);
        return new ProcessBuilder(command).directory(workDirectory.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile())).start();
    }

    private void awaitReady() throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server exited with status " + process.exitValue()
                        + " during startup:\n" + logTail());
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(health("ready"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        stop();
        throw new IllegalStateException("the server was not ready within " + START_TIMEOUT + ":\n" + logTail());
    }

    /** Stops the server and removes its files. */
    public synchronized void stop() {
        stopProcess();
        deleteFiles();
    }

    /** Stops the server process (SIGTERM, then kill after 20 s) but keeps its files for inspection. */
    public synchronized void stopProcess() {
        if (process != null) {
            process.destroy();
            try {
                if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
            process = null;
        }
    }

    private void deleteFiles() {
        if (workDirectory != null && !Boolean.getBoolean("olifant.it.keep")) {
            try (Stream<Path> files = Files.walk(workDirectory)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            workDirectory = null;
        }
    }

    /** Whether the server process is running (always true for an external server). */
    public boolean isRunning() {
        return external || process != null && process.isAlive();
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    /** The HTTP port of {@code /q/health} and {@code /q/metrics}; 0 for an external server. */
    public int httpPort() {
        return httpPort;
    }

    /** The directory holding the Unix-domain socket {@code .s.PGSQL.<port>}. */
    public Path socketDirectory() {
        return socketDirectory;
    }

    public Path dataDirectory() {
        return workDirectory == null ? null : workDirectory.resolve("data");
    }

    public Path logFile() {
        return workDirectory.resolve("server.log");
    }

    public String user() {
        return user;
    }

    public String database() {
        return database;
    }

    public String jdbcUrl() {
        return jdbcUrl(database);
    }

    public String jdbcUrl(String databaseName) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + databaseName;
    }

    /** A pgjdbc connection as {@link #user()} to {@link #database()}. */
    public Connection connect() throws SQLException {
        return connect(new Properties());
    }

    /** A pgjdbc connection with extra driver properties (prepareThreshold, binaryTransfer, ...). */
    public Connection connect(Properties properties) throws SQLException {
        Properties p = new Properties();
        p.putAll(properties);
        p.putIfAbsent("user", user);
        p.putIfAbsent("connectTimeout", "10");
        p.putIfAbsent("ApplicationName", "olifant-it");
        return DriverManager.getConnection(jdbcUrl(), p);
    }

    public URI health(String which) {
        return URI.create("http://127.0.0.1:" + httpPort + "/q/health/" + which);
    }

    /** GET on the server's HTTP port, e.g. {@code /q/metrics}; returns status and body. */
    public HttpResponse<String> httpGet(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The last lines of the server's output, for failure messages. */
    public String logTail() {
        if (workDirectory == null) {
            return "";
        }
        try {
            List<String> lines = Files.readAllLines(logFile());
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        }
    }
}
