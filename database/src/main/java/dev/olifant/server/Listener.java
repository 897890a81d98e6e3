package dev.olifant.server;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.jboss.logging.Logger;

/**
 * One listening socket, TCP or Unix-domain, with a thread that accepts connections and hands
 * each to {@link Acceptor}. For a Unix-domain socket it owns the socket file and, as PostgreSQL
 * does, a {@code .lock} file beside it naming the owning process, removed on close.
 */
final class Listener implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(Listener.class);

    /** Receives accepted connections; runs on the accepting thread and must not block. */
    interface Acceptor {
        void accept(SocketChannel connection, boolean unixSocket);
    }

    private final ServerSocketChannel channel;
    private final String description;
    private final SocketFiles socketFiles;
    private volatile boolean closing;
    private Thread thread;

    private Listener(ServerSocketChannel channel, String description, SocketFiles socketFiles) {
        this.channel = channel;
        this.description = description;
        this.socketFiles = socketFiles;
    }

    static Listener tcp(InetSocketAddress address, int backlog) throws IOException {
        ServerSocketChannel ch = ServerSocketChannel.open();
        try {
            ch.bind(address, backlog);
        } catch (IOException e) {
            ch.close();
            throw e;
        }
        InetSocketAddress bound = (InetSocketAddress) ch.getLocalAddress();
        String host = bound.getAddress().isAnyLocalAddress() ? "*" : bound.getAddress().getHostAddress();
        return new Listener(ch, (host.contains(":") ? "[" + host + "]" : host) + ":" + bound.getPort(), null);
    }

    static Listener unix(Path directory, int port, Path dataDirectory, int backlog) throws IOException {
        SocketFiles files = SocketFiles.claim(directory, port, dataDirectory);
        ServerSocketChannel ch = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            ch.bind(UnixDomainSocketAddress.of(files.socket()), backlog);
        } catch (IOException e) {
            ch.close();
            files.release();
            throw e;
        }
        try {
            // Like PostgreSQL's default unix_socket_permissions 0777: access is decided by authentication.
            Files.setPosixFilePermissions(files.socket(), PosixFilePermissions.fromString("rwxrwxrwx"));
        } catch (UnsupportedOperationException | IOException e) {
            LOG.debugf("could not set permissions of \"%s\": %s", files.socket(), e);
        }
        return new Listener(ch, files.socket().toString(), files);
    }

    String description() {
        return description;
    }

    boolean isOpen() {
        return channel.isOpen() && thread != null && thread.isAlive();
    }

    /** Whether the accept loop ended without being asked to. */
    boolean failed() {
        return !closing && thread != null && !thread.isAlive();
    }

    void start(Acceptor acceptor) {
        boolean unixSocket = socketFiles != null;
        thread = Thread.ofPlatform().daemon().name("olifant-listener " + description).start(() -> {
            while (!closing) {
                try {
                    SocketChannel connection = channel.accept();
                    acceptor.accept(connection, unixSocket);
                } catch (ClosedChannelException e) {
                    return;
                } catch (IOException e) {
                    // Out of file descriptors and the like: keep serving the connections we have.
                    LOG.warnf("could not accept new connection on %s: %s", description, e.getMessage());
                    pause();
                } catch (RuntimeException | Error e) {
                    LOG.errorf(e, "could not start a connection on %s", description);
                    pause();
                }
            }
        });
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closing = true;
        try {
            channel.close();
        } catch (IOException e) {
            LOG.debugf("closing %s: %s", description, e);
        }
        if (socketFiles != null) {
            socketFiles.release();
        }
    }

    /** The socket file and its lock file in one socket directory. */
    record SocketFiles(Path socket, Path lock) {

        static SocketFiles claim(Path directory, int port, Path dataDirectory) throws IOException {
            Path socket = directory.resolve(".s.PGSQL." + port);
            Path lock = directory.resolve(".s.PGSQL." + port + ".lock");
            long self = ProcessHandle.current().pid();
            if (Files.exists(lock)) {
                long owner = ownerOf(lock);
                if (owner > 0 && owner != self && ProcessHandle.of(owner).map(ProcessHandle::isAlive).orElse(false)) {
                    throw new IOException(String.format(
                            "lock file \"%s\" already exists; is another server (PID %d) using socket file \"%s\"?",
                            lock, owner, socket));
                }
            }
            // A socket file left behind by a server that died; nobody listens on it any more.
            Files.deleteIfExists(socket);
            Files.writeString(lock, self + "\n" + dataDirectory + "\n");
            return new SocketFiles(socket, lock);
        }

        private static long ownerOf(Path lock) {
            try {
                String first = Files.readAllLines(lock).stream().findFirst().orElse("").trim();
                return Long.parseLong(first);
            } catch (IOException | NumberFormatException e) {
                return -1;
            }
        }

        void release() {
            try {
                Files.deleteIfExists(socket);
                Files.deleteIfExists(lock);
            } catch (IOException e) {
                LOG.warnf("could not remove socket file \"%s\": %s", socket, e.getMessage());
            }
        }
    }
}
