package dev.olifant.golden;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The packaged Olifant server ({@code java -jar quarkus-run.jar}) as a separate process with a
 * temporary data directory, on free ports, listening on 127.0.0.1 and on a Unix socket in a
 * temporary directory:
 *
 * <pre>
 * java -Duser.timezone=Etc/UTC [golden.server-opts] -Dolifant.port=P -Dolifant.data-directory=DATA
 *      -Dolifant.unix-socket-directories=SOCKDIR -Dolifant.listen-addresses=127.0.0.1
 *      -Dquarkus.http.port=H -jar quarkus-run.jar
 * </pre>
 *
 * It is ready when its PostgreSQL port accepts connections and {@code /q/health/ready} does not
 * answer 503 (an endpoint that is absent is not waited for). A server that exits or does not
 * get ready in time fails with the tail of its log.
 */
final class OlifantServer implements GoldenServer {

    private static final int LOG_TAIL_LINES = 60;

    private final Process process;
    private final int port;
    private final Path log;
    private final Path dataDir;
    private final Path socketDir;

    private OlifantServer(Process process, int port, Path log, Path dataDir, Path socketDir) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.dataDir = dataDir;
        this.socketDir = socketDir;
    }

    /** Starts the server and waits until it is ready; throws with the log tail if it is not. */
    static OlifantServer start(GoldenConfig config) throws IOException, InterruptedException {
        if (!Files.isRegularFile(config.runnerJar())) {
            throw new IllegalStateException("the packaged server " + config.runnerJar()
                    + " does not exist (olifant.runner); build it with mvn package first");
        }
        Files.createDirectories(config.outputDir());
        Path dataDir = Files.createTempDirectory("olifant-golden-data");
        // Short path: a socket path must fit sockaddr_un (107 bytes).
        Path socketDir = Files.createTempDirectory(Path.of("/tmp"), "olg");
        int port = config.port() > 0 ? config.port() : freePort();
        int httpPort = freePort();
        Path log = config.outputDir().resolve("server.log");

        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Duser.timezone=Etc/UTC");
        command.addAll(config.serverOpts());
        command.add("-Dolifant.port=" + port);
        command.add("-Dolifant.data-directory=" + dataDir);
        command.add("-Dolifant.unix-socket-directories=" + socketDir);
        command.add("-Dolifant.listen-addresses=127.0.0.1");
        command.add("-Dquarkus.http.port=" + httpPort);
        command.add("-jar");
        command.add(config.runnerJar().toString());
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(dataDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("TZ", "Etc/UTC");
        builder.environment().put("LC_ALL", "C.UTF-8");
        Files.writeString(log, "");
        Process process = builder.start();
        OlifantServer server = new OlifantServer(process, port, log, dataDir, socketDir);
        try {
            server.awaitReady(httpPort, config.startupTimeout());
        } catch (RuntimeException | InterruptedException e) {
            server.close();
            throw e;
        }
        return server;
    }

    private void awaitReady(int httpPort, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the Olifant server exited with code " + process.exitValue()
                        + " before it was ready; last lines of " + log + ":\n" + logTail());
            }
            if (accepts(port) && healthReady(http, httpPort)) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the Olifant server was not ready after " + timeout.toSeconds()
                + " s (port " + port + "); last lines of " + log + ":\n" + logTail());
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** False only while the health endpoint reports the server not ready. */
    private static boolean healthReady(HttpClient http, int httpPort) throws InterruptedException {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(2)).GET().build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() != 503;
        } catch (IOException e) {
            return true;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    /** The last lines of the server log, for failure messages. */
    String logTail() {
        try {
            List<String> lines = List.of(new String(Files.readAllBytes(log), StandardCharsets.UTF_8).split("\n"));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e.getMessage() + ")";
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public String host() {
        return "127.0.0.1";
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public String describe() {
        return "Olifant server (pid " + process.pid() + ") at 127.0.0.1:" + port + ", log " + log;
    }

    /** Stops the server (SIGTERM, then SIGKILL after 20 s) and deletes its directories. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        deleteTree(dataDir);
        deleteTree(socketDir);
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
