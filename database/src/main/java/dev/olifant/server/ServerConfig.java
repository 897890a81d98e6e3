package dev.olifant.server;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/**
 * The server's settings under {@code olifant.*}, named after PostgreSQL's where it has one
 * ({@code port}, {@code listen_addresses}, {@code unix_socket_directories},
 * {@code max_connections}, {@code data_directory}); environment variables such as
 * {@code OLIFANT_PORT} set them too.
 */
@ConfigMapping(prefix = "olifant")
public interface ServerConfig {

    /** The TCP port, also part of the Unix-domain socket's name {@code .s.PGSQL.<port>}. */
    @WithDefault("5432")
    int port();

    /**
     * Comma-separated host names or addresses to listen on; {@code *} for all interfaces. An
     * empty value (or {@code ''}) means no TCP listener, only Unix-domain sockets. The default,
     * {@code 127.0.0.1}, is set in application.properties so that an empty value can override it.
     */
    Optional<String> listenAddresses();

    /**
     * Comma-separated directories for Unix-domain sockets; empty (or {@code ''}) for none. The
     * default is {@code /tmp}, set in application.properties.
     */
    Optional<String> unixSocketDirectories();

    /** Connections allowed at once; one more is refused with 53300. */
    @WithDefault("100")
    int maxConnections();

    /**
     * The kind of thread each connection runs on. {@code platform} (the default) gives every
     * connection an operating-system thread that blocks in {@code read}, as PostgreSQL's process
     * per connection does: a query's round trip costs one wake-up. {@code virtual} parks instead
     * and is woken through the JDK's poller, which costs more per round trip (about 10 µs of CPU
     * per pgbench select-only transaction on one client) but little memory per connection, for
     * servers with thousands of mostly idle connections.
     */
    @WithDefault("platform")
    ConnectionThreads connectionThreads();

    /** The kinds of {@link #connectionThreads()}. */
    enum ConnectionThreads {
        PLATFORM, VIRTUAL
    }

    /** The data directory, created when absent; relative paths start at the working directory. */
    @WithDefault("data")
    String dataDirectory();

    /** The largest message a client may send (bytes); PostgreSQL allows up to 1 GB. */
    @WithDefault("268435456")
    int maxMessageSize();

    /** Seconds a client may take to complete startup and authentication (authentication_timeout). */
    @WithDefault("60")
    int authenticationTimeout();

    /** How long shutdown waits for busy connections to finish before closing them. */
    @WithDefault("5")
    int shutdownGraceSeconds();

    /** The HTTP port of the health, metrics and management endpoints (quarkus.http.port follows it). */
    Optional<Integer> httpPort();

    Auth auth();

    /**
     * Server-wide defaults of PostgreSQL settings by their PostgreSQL names, e.g.
     * {@code olifant.settings.fsync=off}, {@code olifant.settings.synchronous_commit=off},
     * {@code olifant.settings.checkpoint_timeout=600}.
     */
    java.util.Map<String, String> settings();

    Bootstrap bootstrap();

    /** What initialization creates besides the superuser and the standard databases. */
    interface Bootstrap {
        /** A database to create, owned by {@link #owner()} (or the superuser). */
        Optional<String> database();

        /** A login role to create and make the owner of {@link #database()}. */
        Optional<String> owner();
    }

    /** Client authentication. */
    interface Auth {
        /** The method applied to every connection: {@code trust} or {@code reject}. */
        @WithDefault("trust")
        String method();
    }
}
