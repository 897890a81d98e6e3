package dev.olifant.server;

import dev.olifant.auth.AuthMethod;
import dev.olifant.auth.Authenticator;
import dev.olifant.error.PgException;
import dev.olifant.session.Instance;
import dev.olifant.session.InstanceConfig;
import dev.olifant.wire.BackendConnection;
import dev.olifant.wire.BackendRegistry;
import dev.olifant.wire.WireContext;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.List;
import java.util.concurrent.ThreadFactory;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The server process: at Quarkus startup it prepares the data directory, opens the instance and
 * the listeners; at shutdown it stops accepting, ends every session and closes the instance.
 * Each accepted connection runs on its own thread (a platform thread unless
 * {@code olifant.connection-threads=virtual}), so a slow or failing client only ever holds its
 * own thread.
 */
@ApplicationScoped
public class Postmaster {
    private static final Logger LOG = Logger.getLogger(Postmaster.class);
    private static final int BACKLOG = 244;

    private final ServerConfig config;
    private final MeterRegistry meters;
    private final String version;
    private final ThreadFactory connectionThreads;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private volatile Instance instance;
    private volatile BackendRegistry registry;
    private volatile ServerMetrics metrics;
    private volatile boolean started;
    private volatile boolean stopping;

    public Postmaster(ServerConfig config, MeterRegistry meters,
            @ConfigProperty(name = "quarkus.application.version", defaultValue = "0.1.0") String version) {
        this.config = config;
        this.meters = meters;
        this.connectionThreads = switch (config.connectionThreads()) {
            case PLATFORM -> Thread.ofPlatform().daemon().name("olifant-conn-", 0).factory();
            case VIRTUAL -> Thread.ofVirtual().name("olifant-conn-", 0).factory();
        };
        this.version = version.replace("-SNAPSHOT", "");
    }

    void onStart(@Observes StartupEvent event) throws IOException {
        Authenticator authenticator = AuthMethod.byName(config.auth().method()).authenticator();
        Path dataDirectory = Path.of(config.dataDirectory()).toAbsolutePath().normalize();
        Files.createDirectories(dataDirectory);
        instance = openInstance(dataDirectory);
        registry = new BackendRegistry(config.maxConnections());
        instance.onTerminate(registry::terminate);
        metrics = new ServerMetrics(meters, registry);
        WireContext context = new WireContext(instance, authenticator, registry, config.maxMessageSize(),
                Duration.ofSeconds(config.authenticationTimeout()), metrics::queryStarted);
        try {
            openListeners(dataDirectory);
        } catch (IOException | RuntimeException e) {
            closeListeners();
            instance.close();
            throw e;
        }
        for (Listener l : listeners) {
            l.start((channel, unix) -> accept(channel, unix, context));
        }
        started = true;
        LOG.infof("Olifant %s listening on %s", version,
                String.join(" and ", listeners.stream().map(Listener::description).toList()));
    }

    /**
     * Opens the instance, running crash recovery. A data directory the server cannot use (a
     * missing WAL segment, files of another format version, a damaged control file) is reported
     * as PostgreSQL reports it, a FATAL line with its DETAIL, and startup fails: the process exits
     * with a non-zero status instead of starting on incomplete data.
     */
    private Instance openInstance(Path dataDirectory) {
        try {
            return Instance.open(new InstanceConfig(dataDirectory, config.port(), "postgres", config.settings(),
                    config.bootstrap().database().orElse(null), config.bootstrap().owner().orElse(null)));
        } catch (PgException e) {
            LOG.errorf("FATAL:  %s", e.getMessage());
            if (e.detail() != null) {
                LOG.errorf("DETAIL:  %s", e.detail());
            }
            LOG.errorf("could not start the server on data directory \"%s\"", dataDirectory);
            throw e;
        }
    }

    private void openListeners(Path dataDirectory) throws IOException {
        int port = config.port();
        List<InetSocketAddress> addresses = ListenSpec.tcpAddresses(config.listenAddresses().orElse(""), port);
        int tcp = 0;
        for (InetSocketAddress address : addresses) {
            try {
                listeners.add(Listener.tcp(address, BACKLOG));
                tcp++;
            } catch (IOException e) {
                LOG.warnf("could not bind %s address \"%s\": %s", address.getAddress() instanceof java.net.Inet6Address
                        ? "IPv6" : "IPv4", address.getAddress().getHostAddress(), e.getMessage());
            }
        }
        if (!addresses.isEmpty() && tcp == 0) {
            throw new IOException("could not create any TCP/IP sockets");
        }
        List<String> directories = ListenSpec.entries(config.unixSocketDirectories().orElse(""));
        int unix = 0;
        for (String directory : directories) {
            try {
                listeners.add(Listener.unix(Path.of(directory), port, dataDirectory, BACKLOG));
                unix++;
            } catch (IOException | UnsupportedOperationException e) {
                LOG.warnf("could not create Unix-domain socket in directory \"%s\": %s", directory, e.getMessage());
            }
        }
        if (!directories.isEmpty() && unix == 0) {
            throw new IOException("could not create any Unix-domain sockets");
        }
        if (listeners.isEmpty()) {
            throw new IOException("no socket created for listening");
        }
    }

    private void accept(SocketChannel channel, boolean unixSocket, WireContext context) {
        metrics.connectionAccepted();
        try {
            java.net.SocketAddress remote = channel.getRemoteAddress();
            if (!unixSocket) {
                channel.socket().setTcpNoDelay(true);
                channel.socket().setKeepAlive(true);
            }
            connectionThreads.newThread(new BackendConnection(channel, remote, unixSocket, context)).start();
        } catch (IOException e) {
            LOG.debugf("could not set up accepted connection: %s", e);
            try {
                channel.close();
            } catch (IOException ignored) {
                // already gone
            }
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
        closeListeners();
        BackendRegistry backends = registry;
        if (backends != null) {
            backends.terminateAll(Duration.ofSeconds(config.shutdownGraceSeconds()));
        }
        Instance i = instance;
        if (i != null) {
            i.close();
        }
        started = false;
    }

    private void closeListeners() {
        for (Listener l : listeners) {
            l.close();
        }
    }

    /** Started and not yet stopping. */
    public boolean isStarted() {
        return started;
    }

    /** Ready for clients: the instance is open and every listener accepts connections. */
    public boolean isReady() {
        return started && !stopping && instance != null && !listeners.isEmpty()
                && listeners.stream().allMatch(Listener::isOpen);
    }

    /** Alive unless a listener died without being closed. */
    public boolean isAlive() {
        return listeners.stream().noneMatch(Listener::failed);
    }

    /** What the listeners listen on, for health data. */
    public List<String> listening() {
        return listeners.stream().map(Listener::description).toList();
    }

    /** Sessions currently established. */
    public int activeConnections() {
        BackendRegistry r = registry;
        return r == null ? 0 : r.activeCount();
    }
}
