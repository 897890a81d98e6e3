package dev.olifant.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.olifant.error.PgException;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

class PostmasterTest {
    @TempDir
    Path dir;

    private ServerConfig config(int port, String listen, String sockets, String auth) {
        return config(port, listen, sockets, auth, ServerConfig.ConnectionThreads.PLATFORM);
    }

    private ServerConfig config(int port, String listen, String sockets, String auth, ServerConfig.ConnectionThreads threads) {
        Path data = dir.resolve("data");
        return new ServerConfig() {
            public int port() {
                return port;
            }

            public Optional<String> listenAddresses() {
                return Optional.ofNullable(listen);
            }

            public Optional<String> unixSocketDirectories() {
                return Optional.ofNullable(sockets);
            }

            public int maxConnections() {
                return 10;
            }

            public ConnectionThreads connectionThreads() {
                return threads;
            }

            public String dataDirectory() {
                return data.toString();
            }

            public int maxMessageSize() {
                return 1 << 20;
            }

            public int authenticationTimeout() {
                return 60;
            }

            public int shutdownGraceSeconds() {
                return 1;
            }

            public Optional<Integer> httpPort() {
                return Optional.empty();
            }

            public Auth auth() {
                return () -> auth;
            }

            public java.util.Map<String, String> settings() {
                return java.util.Map.of();
            }

            @Override
            public Bootstrap bootstrap() {
                return new Bootstrap() {
                    @Override
                    public Optional<String> database() {
                        return Optional.empty();
                    }

                    @Override
                    public Optional<String> owner() {
                        return Optional.empty();
                    }
                };
            }
        };
    }

    @ParameterizedTest
    @EnumSource(ServerConfig.ConnectionThreads.class)
    void startsListenersAndStopsCleanly(ServerConfig.ConnectionThreads threads) throws Exception {
        int port = ThreadLocalRandom.current().nextInt(20000, 60000);
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        Postmaster postmaster = new Postmaster(config(port, null, dir.toString(), "trust", threads), meters, "0.1.0-SNAPSHOT");
        postmaster.onStart(null);
        try {
            assertThat(postmaster.isStarted()).isTrue();
            assertThat(postmaster.isReady()).isTrue();
            assertThat(postmaster.isAlive()).isTrue();
            assertThat(dir.resolve("data")).isDirectory();
            Path socket = dir.resolve(".s.PGSQL." + port);
            assertThat(postmaster.listening()).containsExactly(socket.toString());
            try (SocketChannel c = SocketChannel.open(StandardProtocolFamily.UNIX)) {
                c.connect(UnixDomainSocketAddress.of(socket));
                // A startup packet of impossible length: the server answers and hangs up.
                c.write(ByteBuffer.wrap(new byte[] {0, 0, 0, 2}));
                ByteBuffer answer = ByteBuffer.allocate(1024);
                while (c.read(answer) >= 0) {
                    assertThat(answer.hasRemaining()).isTrue();
                }
                assertThat(answer.get(0)).isEqualTo((byte) 'E');
            }
            assertThat(meters.get("olifant.connections").counter().count()).isEqualTo(1.0);
            assertThat(meters.get("olifant.connections.active").gauge().value()).isZero();
        } finally {
            postmaster.onStop(null);
        }
        assertThat(postmaster.isReady()).isFalse();
        assertThat(dir.resolve(".s.PGSQL." + port)).doesNotExist();
        assertThat(dir.resolve(".s.PGSQL." + port + ".lock")).doesNotExist();
    }

    @Test
    void failsWhenNoSocketCanBeCreated() {
        Postmaster postmaster = new Postmaster(config(5432, null, dir.resolve("missing").toString(), "trust"),
                new SimpleMeterRegistry(), "0.1.0");
        assertThatThrownBy(() -> postmaster.onStart(null)).isInstanceOf(IOException.class)
                .hasMessage("could not create any Unix-domain sockets");
        assertThat(postmaster.isReady()).isFalse();
    }

    @Test
    void anUnknownAuthenticationMethodStopsStartup() {
        Postmaster postmaster = new Postmaster(config(5432, null, dir.toString(), "ident"), new SimpleMeterRegistry(),
                "0.1.0");
        assertThatThrownBy(() -> postmaster.onStart(null)).hasMessage("invalid authentication method \"ident\"");
    }

    /** Starts and cleanly stops a server on {@code dir/data}, leaving a cluster there. */
    private Path initializedDataDirectory() throws Exception {
        Postmaster postmaster = new Postmaster(config(0, null, dir.toString(), "trust"), new SimpleMeterRegistry(), "0.1.0");
        postmaster.onStart(null);
        postmaster.onStop(null);
        return dir.resolve("data");
    }

    private void assertStartupFails(String message, String detail) {
        Postmaster postmaster = new Postmaster(config(0, null, dir.toString(), "trust"), new SimpleMeterRegistry(), "0.1.0");
        assertThatThrownBy(() -> postmaster.onStart(null)).isInstanceOfSatisfying(PgException.class, e -> {
            assertThat(e.getMessage()).isEqualTo(message);
            if (detail != null) {
                assertThat(e.detail()).isEqualTo(detail);
            }
        });
        assertThat(postmaster.isReady()).isFalse();
        assertThat(postmaster.listening()).isEmpty();
    }

    @Test
    void aDamagedControlFileStopsStartup() throws Exception {
        Path control = initializedDataDirectory().resolve("global/pg_control");
        byte[] b = Files.readAllBytes(control);
        b[b.length / 2] ^= 0x55;
        Files.write(control, b);
        assertStartupFails("incorrect checksum in control file", null);
        Files.write(control, new byte[] {1, 2, 3});
        assertStartupFails("control file is too short (3 bytes)", null);
    }

    @Test
    void filesOfAnotherFormatVersionStopStartup() throws Exception {
        Path control = initializedDataDirectory().resolve("global/pg_control");
        byte[] b = Files.readAllBytes(control);
        ByteBuffer.wrap(b).putInt(8, 99);
        Files.write(control, b);
        assertStartupFails("database files are incompatible with server",
                "The database cluster was initialized with control file format 99, but the server was compiled "
                        + "with control file format " + dev.olifant.wal.ControlFile.FORMAT_VERSION + ".");
        ByteBuffer.wrap(b).putLong(0, 0x1234);
        Files.write(control, b);
        assertStartupFails("control file has an unknown format (not written by Olifant)", null);
    }

    @Test
    void aMissingWalSegmentStopsStartup() throws Exception {
        Path wal = initializedDataDirectory().resolve("pg_wal");
        List<Path> segments;
        try (var files = Files.list(wal)) {
            segments = files.sorted().toList();
        }
        assertThat(segments).hasSize(1);
        String name = segments.get(0).getFileName().toString();
        Files.move(segments.get(0), dir.resolve(name));
        assertStartupFails("could not find WAL segment " + name + " needed for recovery", null);
        Files.move(dir.resolve(name), segments.get(0));
        Postmaster postmaster = new Postmaster(config(0, null, dir.toString(), "trust"), new SimpleMeterRegistry(), "0.1.0");
        postmaster.onStart(null);
        assertThat(postmaster.isReady()).isTrue();
        postmaster.onStop(null);
    }
}
