package dev.olifant.wire;

import dev.olifant.auth.AuthMethod;
import dev.olifant.auth.Authenticator;
import dev.olifant.session.SessionFactory;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ByteChannel;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** Serves BackendConnections over loopback TCP with fake sessions, counting socket writes. */
final class WireTestServer implements AutoCloseable {
    final List<FakeSession> sessions = new CopyOnWriteArrayList<>();
    final AtomicInteger writes = new AtomicInteger();
    final BackendRegistry registry;
    private final ServerSocketChannel server;
    private final WireContext context;

    WireTestServer() throws IOException {
        this(100, AuthMethod.TRUST.authenticator(), null);
    }

    WireTestServer(int maxConnections, Authenticator authenticator, SessionFactory factory) throws IOException {
        registry = new BackendRegistry(maxConnections);
        SessionFactory sessionFactory = factory != null ? factory : request -> {
            FakeSession s = new FakeSession(request);
            sessions.add(s);
            return s;
        };
        context = new WireContext(sessionFactory, authenticator, registry, 1 << 20, Duration.ofMillis(1500),
                WireEvents.NONE);
        server = ServerSocketChannel.open().bind(new InetSocketAddress("127.0.0.1", 0));
        Thread.ofPlatform().daemon().start(this::acceptLoop);
    }

    int port() throws IOException {
        return ((InetSocketAddress) server.getLocalAddress()).getPort();
    }

    FakeSession session(int i) throws InterruptedException {
        for (int tries = 0; tries < 200 && sessions.size() <= i; tries++) {
            Thread.sleep(10);
        }
        return sessions.get(i);
    }

    private void acceptLoop() {
        while (server.isOpen()) {
            try {
                SocketChannel ch = server.accept();
                ByteChannel counted = new CountingChannel(ch);
                Thread.ofVirtual().start(new BackendConnection(counted, ch.getRemoteAddress(), false, context));
            } catch (IOException e) {
                return;
            }
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }

    private final class CountingChannel implements ByteChannel {
        private final SocketChannel delegate;

        CountingChannel(SocketChannel delegate) {
            this.delegate = delegate;
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return delegate.read(dst);
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            writes.incrementAndGet();
            return delegate.write(src);
        }

        @Override
        public boolean isOpen() {
            return delegate.isOpen();
        }

        @Override
        public void close() throws IOException {
            delegate.close();
        }
    }
}
