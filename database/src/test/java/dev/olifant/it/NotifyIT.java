package dev.olifant.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/** LISTEN / NOTIFY through pgjdbc: delivery at commit, to an idle listener, and in a listener's transaction. */
class NotifyIT {
    @RegisterExtension
    static final OlifantServer SERVER = OlifantServer.shared();

    private static List<String> received(Connection c, int timeoutMillis) throws SQLException {
        List<String> out = new ArrayList<>();
        PGNotification[] ns = c.unwrap(PGConnection.class).getNotifications(timeoutMillis);
        if (ns != null) {
            for (PGNotification n : ns) {
                out.add(n.getName() + ":" + n.getParameter());
            }
        }
        return out;
    }

    @Test
    void anIdleListenerReceivesWhatACommittedTransactionSent() throws Exception {
        try (Connection listener = SERVER.connect(); Connection notifier = SERVER.connect();
                Statement l = listener.createStatement(); Statement n = notifier.createStatement()) {
            l.execute("LISTEN orders");
            notifier.setAutoCommit(false);
            n.execute("NOTIFY orders, 'one'");
            n.execute("SELECT pg_notify('orders', 'two')");
            n.execute("NOTIFY orders, 'one'");
            n.execute("NOTIFY elsewhere, 'ignored'");
            assertThat(received(listener, 200)).isEmpty();
            notifier.commit();
            // nothing is sent to the listener: the notifications reach it while it waits
            assertThat(received(listener, 5000)).containsExactly("orders:one", "orders:two");
        }
    }

    @Test
    void aRolledBackTransactionSendsNothingAndUnlistenStopsDelivery() throws Exception {
        try (Connection listener = SERVER.connect(); Connection notifier = SERVER.connect();
                Statement l = listener.createStatement(); Statement n = notifier.createStatement()) {
            l.execute("LISTEN jobs");
            notifier.setAutoCommit(false);
            n.execute("NOTIFY jobs, 'lost'");
            notifier.rollback();
            n.execute("NOTIFY jobs, 'kept'");
            notifier.commit();
            l.execute("SELECT 1");
            assertThat(received(listener, 0)).containsExactly("jobs:kept");
            l.execute("UNLISTEN *");
            n.execute("NOTIFY jobs, 'unheard'");
            notifier.commit();
            l.execute("SELECT 1");
            assertThat(received(listener, 200)).isEmpty();
        }
    }

    @Test
    void aListenerInATransactionReceivesAfterItEnds() throws Exception {
        try (Connection listener = SERVER.connect(); Connection notifier = SERVER.connect();
                Statement l = listener.createStatement(); Statement n = notifier.createStatement()) {
            l.execute("LISTEN c");
            listener.setAutoCommit(false);
            l.execute("SELECT 1");
            n.execute("NOTIFY c, 'later'");
            l.execute("SELECT 1");
            assertThat(received(listener, 0)).isEmpty();
            listener.commit();
            assertThat(received(listener, 0)).containsExactly("c:later");
        }
    }

    @Test
    void channelAndPayloadAreChecked() throws Exception {
        try (Connection c = SERVER.connect(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.execute("SELECT pg_notify(NULL, 'x')"))
                    .hasMessageContaining("channel name cannot be empty");
            assertThatThrownBy(() -> s.execute("SELECT pg_notify('c', repeat('x', 8000))"))
                    .hasMessageContaining("payload string too long");
        }
    }
}
