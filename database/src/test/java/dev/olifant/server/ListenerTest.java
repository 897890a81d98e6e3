package dev.olifant.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListenerTest {
    @TempDir
    Path dir;

    @Test
    void unixSocketListenerOwnsItsSocketAndLockFiles() throws Exception {
        Files.writeString(dir.resolve(".s.PGSQL.7777"), "stale");
        BlockingQueue<Boolean> accepted = new ArrayBlockingQueue<>(1);
        Listener l = Listener.unix(dir, 7777, dir.resolve("data"), 10);
        l.start((ch, unix) -> {
            accepted.add(unix);
            close(ch);
        });
        assertThat(l.description()).isEqualTo(dir.resolve(".s.PGSQL.7777").toString());
        assertThat(Files.readString(dir.resolve(".s.PGSQL.7777.lock")))
                .startsWith(ProcessHandle.current().pid() + "\n");
        try (SocketChannel c = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            c.connect(UnixDomainSocketAddress.of(dir.resolve(".s.PGSQL.7777")));
            assertThat(accepted.poll(5, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(l.isOpen()).isTrue();
        l.close();
        assertThat(l.failed()).isFalse();
        assertThat(dir.resolve(".s.PGSQL.7777")).doesNotExist();
        assertThat(dir.resolve(".s.PGSQL.7777.lock")).doesNotExist();
    }

    @Test
    void aLockHeldByAnotherLiveProcessRefusesTheSocket() throws Exception {
        long other = ProcessHandle.current().parent().orElseThrow().pid();
        Files.writeString(dir.resolve(".s.PGSQL.7778.lock"), other + "\n/elsewhere\n");
        assertThatThrownBy(() -> Listener.unix(dir, 7778, dir, 10)).isInstanceOf(IOException.class)
                .hasMessageContaining("already exists");
    }

    @Test
    void tcpListenerAcceptsConnections() throws Exception {
        BlockingQueue<Boolean> accepted = new ArrayBlockingQueue<>(1);
        Listener l = Listener.tcp(new InetSocketAddress("127.0.0.1", 0), 10);
        l.start((ch, unix) -> {
            accepted.add(unix);
            close(ch);
        });
        int port = Integer.parseInt(l.description().substring(l.description().lastIndexOf(':') + 1));
        try (SocketChannel c = SocketChannel.open(new InetSocketAddress("127.0.0.1", port))) {
            assertThat(accepted.poll(5, TimeUnit.SECONDS)).isFalse();
            assertThat(c.read(ByteBuffer.allocate(1))).isEqualTo(-1);
        }
        l.close();
    }

    private static void close(SocketChannel ch) {
        try {
            ch.close();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
