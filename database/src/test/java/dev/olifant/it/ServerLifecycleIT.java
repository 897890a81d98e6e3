package dev.olifant.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The server process itself: health endpoints, metrics, socket files, clean shutdown. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServerLifecycleIT {
    @RegisterExtension
    static final OlifantServer SERVER = OlifantServer.perClass().withSetting("max-connections", "3");

    @Test
    @Order(1)
    void healthEndpointsAreUp() throws Exception {
        for (String check : new String[] {"live", "ready", "started"}) {
            HttpResponse<String> r = SERVER.httpGet("/q/health/" + check);
            assertThat(r.statusCode()).as(check).isEqualTo(200);
            assertThat(r.body()).as(check).contains("\"status\": \"UP\"");
        }
    }

    @Test
    @Order(2)
    void socketAndLockFilesExist() throws Exception {
        Path socket = SERVER.socketDirectory().resolve(".s.PGSQL." + SERVER.port());
        assertThat(socket).exists();
        assertThat(Files.readAllLines(SERVER.socketDirectory().resolve(".s.PGSQL." + SERVER.port() + ".lock")))
                .hasSizeGreaterThanOrEqualTo(2);
        assertThat(SERVER.dataDirectory()).isDirectory();
    }

    @Test
    @Order(3)
    void metricsCountConnections() throws Exception {
        try {
            SERVER.connect().close();
        } catch (SQLException ignored) {
            // Counted whether or not the session could be opened.
        }
        HttpResponse<String> r = SERVER.httpGet("/q/metrics");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("olifant_connections_active").contains("olifant_queries_total");
        double total = r.body().lines().filter(l -> l.startsWith("olifant_connections_total"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).findFirst().orElse(-1);
        assertThat(total).isGreaterThanOrEqualTo(1.0);
    }

    @Test
    @Order(4)
    void connectionsBeyondMaxConnectionsAreRefused() throws Exception {
        List<Connection> open = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                open.add(SERVER.connect());
            }
            assertThatThrownBy(SERVER::connect).isInstanceOfSatisfying(SQLException.class, e -> {
                assertThat(e.getSQLState()).isEqualTo("53300");
                assertThat(e.getMessage()).contains("sorry, too many clients already");
            });
            open.remove(0).close();
            long deadline = System.currentTimeMillis() + 5000;
            while (true) {
                try {
                    open.add(SERVER.connect());
                    break;
                } catch (SQLException stillFull) {
                    if (System.currentTimeMillis() > deadline) {
                        throw stillFull;
                    }
                    Thread.sleep(50);
                }
            }
        } finally {
            for (Connection c : open) {
                c.close();
            }
        }
    }

    @Test
    @Order(5)
    void shutdownRemovesTheSocketFiles() throws Exception {
        Path socket = SERVER.socketDirectory().resolve(".s.PGSQL." + SERVER.port());
        Path lock = SERVER.socketDirectory().resolve(".s.PGSQL." + SERVER.port() + ".lock");
        assertThat(socket).exists();
        SERVER.stopProcess();
        assertThat(SERVER.isRunning()).isFalse();
        assertThat(socket).doesNotExist();
        assertThat(lock).doesNotExist();
        assertThat(Files.readString(SERVER.logFile())).contains("listening on 127.0.0.1:" + SERVER.port())
                .doesNotContain("ERROR");
    }
}
