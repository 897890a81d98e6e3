package dev.olifant.wire;

import static dev.olifant.wire.TestClient.body;
import static org.assertj.core.api.Assertions.assertThat;

import dev.olifant.auth.AuthMethod;
import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StartupTest {
    private WireTestServer server;

    @BeforeEach
    void start() throws Exception {
        server = new WireTestServer();
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void startupSendsAuthenticationOkParametersKeyAndReady() throws Exception {
        try (TestClient c = new TestClient(server.port())) {
            c.startup("user", "alice", "application_name", "test");
            List<TestClient.Msg> msgs = new ArrayList<>();
            assertThat(c.readUntilReady(msgs)).isEqualTo("RSSKZ");
            assertThat(msgs.get(0).int32(0)).isZero();
            assertThat(msgs.get(1).text()).isEqualTo("server_version\u000015.0\u0000");
            assertThat(msgs.get(4).body()).containsExactly('I');
            FakeSession s = server.session(0);
            assertThat(s.request.user()).isEqualTo("alice");
            assertThat(s.request.database()).as("database defaults to the user").isEqualTo("alice");
            assertThat(s.request.parameters()).containsEntry("application_name", "test").containsEntry("user", "alice");
            assertThat(s.request.processId()).isEqualTo(msgs.get(3).int32(0)).isPositive();
        }
    }

    @Test
    void sslAndGssEncryptionRequestsAreRefusedWithN() throws Exception {
        try (TestClient c = new TestClient(server.port())) {
            c.sendStartup(body().int32(StartupPacket.GSSENC_REQUEST_CODE).bytes());
            assertThat(c.readByte()).isEqualTo('N');
            c.sendStartup(body().int32(StartupPacket.SSL_REQUEST_CODE).bytes());
            assertThat(c.readByte()).isEqualTo('N');
            c.startup("user", "bob", "database", "db1");
            assertThat(c.readUntilReady(null)).endsWith("KZ");
            assertThat(server.session(0).request.database()).isEqualTo("db1");
        }
    }

    @Test
    void missingUserIsFatal28000() throws Exception {
        try (TestClient c = new TestClient(server.port())) {
            c.startup("database", "x");
            TestClient.Msg m = c.read();
            assertThat(m.type()).isEqualTo('E');
            assertThat(m.fields()).containsEntry('S', "FATAL").containsEntry('V', "FATAL")
                    .containsEntry('C', "28000")
                    .containsEntry('M', "no PostgreSQL user name specified in startup packet");
            assertThat(c.closedByServer()).isTrue();
        }
    }

    @Test
    void protocolTwoIsRejected() throws Exception {
        try (TestClient c = new TestClient(server.port())) {
            c.sendStartup(body().int32(2 << 16).str("user").str("a").int8(0).bytes());
            TestClient.Msg m = c.read();
            assertThat(m.fields()).containsEntry('C', "0A000")
                    .containsEntry('M', "unsupported frontend protocol 2.0: server supports 3.0 to 3.0");
            assertThat(c.closedByServer()).isTrue();
        }
    }

    @Test
    void newerMinorVersionAndProtocolOptionsAreNegotiated() throws Exception {
        try (TestClient c = new TestClient(server.port())) {
            c.sendStartup(body().int32((3 << 16) | 2).str("user").str("a").str("_pq_.compression").str("on")
                    .int8(0).bytes());
            TestClient.Msg v = c.read();
            assertThat(v.type()).isEqualTo('v');
            assertThat(v.int32(0)).isZero();
            assertThat(v.int32(4)).isEqualTo(1);
            assertThat(new String(v.body(), 8, v.body().length - 9)).isEqualTo("_pq_.compression");
            assertThat(c.readUntilReady(null)).endsWith("Z");
        }
    }

    @Test
    void startupPacketWithoutTerminatorIsFatal() throws Exception {
        try (TestClient c = new TestClient(server.port())) {
            c.sendStartup(body().int32(StartupPacket.PROTOCOL_3_0).str("user").str("a").bytes());
            assertThat(c.read().fields()).containsEntry('C', "08P01")
                    .containsEntry('M', "invalid startup packet layout: expected terminator as last byte");
        }
    }

    @Test
    void absurdStartupLengthIsFatal() throws Exception {
        try (TestClient c = new TestClient(server.port())) {
            c.sendRaw(body().int32(1_000_000).bytes());
            assertThat(c.read().fields()).containsEntry('C', "08P01")
                    .containsEntry('M', "invalid length of startup packet");
            assertThat(c.closedByServer()).isTrue();
        }
    }

    @Test
    void sessionOpenFailureIsSentAsFatal() throws Exception {
        try (WireTestServer failing = new WireTestServer(10, AuthMethod.TRUST.authenticator(), r -> {
            throw new PgException(SqlState.INVALID_CATALOG_NAME, "database \"nope\" does not exist");
        }); TestClient c = new TestClient(failing.port())) {
            c.startup("user", "a", "database", "nope");
            assertThat(c.read().type()).isEqualTo('R');
            TestClient.Msg m = c.read();
            assertThat(m.fields()).containsEntry('S', "FATAL").containsEntry('C', "3D000")
                    .containsEntry('M', "database \"nope\" does not exist");
            assertThat(c.closedByServer()).isTrue();
        }
    }

    @Test
    void rejectAuthenticationNamesTheClient() throws Exception {
        try (WireTestServer rejecting = new WireTestServer(10, AuthMethod.REJECT.authenticator(), null);
                TestClient c = new TestClient(rejecting.port())) {
            c.startup("user", "a", "database", "d");
            assertThat(c.read().fields()).containsEntry('C', "28000")
                    .containsEntry('M', "pg_hba.conf rejects connection for host \"127.0.0.1\", user \"a\", "
                            + "database \"d\", no encryption");
        }
    }

    @Test
    void connectionsBeyondTheLimitAreRefused() throws Exception {
        try (WireTestServer small = new WireTestServer(1, AuthMethod.TRUST.authenticator(), null);
                TestClient first = new TestClient(small.port()); TestClient second = new TestClient(small.port())) {
            first.connect();
            second.startup("user", "b");
            assertThat(second.read().fields()).containsEntry('S', "FATAL").containsEntry('C', "53300")
                    .containsEntry('M', "sorry, too many clients already");
            first.query("select 1");
            assertThat(first.readUntilReady(null)).isEqualTo("TDCZ");
        }
    }

    @Test
    void silentClientsAreDisconnectedAfterTheAuthenticationTimeout() throws Exception {
        try (TestClient c = new TestClient(server.port())) {
            long start = System.nanoTime();
            assertThat(c.closedByServer()).isTrue();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThan(Duration.ofMillis(1000));
        }
        try (TestClient c = new TestClient(server.port())) {
            c.connect();
            Thread.sleep(2000);
            c.query("select 1");
            assertThat(c.readUntilReady(null)).as("established sessions are not affected").isEqualTo("TDCZ");
        }
    }

    @Test
    void cancelRequestReachesTheRunningSession() throws Exception {
        try (TestClient c = new TestClient(server.port())) {
            TestClient.Msg key = c.connect();
            c.query("sleep");
            FakeSession s = server.session(0);
            s.running.await();
            try (TestClient wrong = new TestClient(server.port())) {
                wrong.sendStartup(body().int32(StartupPacket.CANCEL_REQUEST_CODE).int32(key.int32(0))
                        .int32(key.int32(4) + 1).bytes());
                assertThat(wrong.closedByServer()).isTrue();
            }
            assertThat(s.calls).doesNotContain("cancel");
            try (TestClient cancel = new TestClient(server.port())) {
                cancel.sendStartup(body().int32(StartupPacket.CANCEL_REQUEST_CODE).int32(key.int32(0))
                        .int32(key.int32(4)).bytes());
                assertThat(cancel.closedByServer()).isTrue();
            }
            List<TestClient.Msg> msgs = new ArrayList<>();
            assertThat(c.readUntilReady(msgs)).isEqualTo("EZ");
            assertThat(msgs.get(0).fields()).containsEntry('C', "57014");
            c.query("select 1");
            assertThat(c.readUntilReady(null)).isEqualTo("TDCZ");
        }
    }

    @Test
    void shutdownTellsIdleSessionsAndClosesThem() throws Exception {
        try (TestClient c = new TestClient(server.port())) {
            c.connect();
            server.registry.terminateAll(Duration.ofSeconds(2));
            TestClient.Msg m = c.read();
            assertThat(m.fields()).containsEntry('S', "FATAL").containsEntry('C', "57P01")
                    .containsEntry('M', "terminating connection due to administrator command");
            assertThat(c.closedByServer()).isTrue();
            assertThat(server.session(0).closed).isTrue();
            assertThat(server.registry.activeCount()).isZero();
        }
    }

    @Test
    void shutdownCancelsBusySessionsThenTellsThem() throws Exception {
        try (TestClient c = new TestClient(server.port())) {
            c.connect();
            c.query("sleep");
            server.session(0).running.await();
            server.registry.terminateAll(Duration.ofSeconds(5));
            List<TestClient.Msg> msgs = new ArrayList<>();
            assertThat(c.readUntilReady(msgs)).isEqualTo("EZ");
            assertThat(msgs.get(0).fields()).containsEntry('C', "57014");
            assertThat(c.read().fields()).containsEntry('C', "57P01");
            assertThat(c.closedByServer()).isTrue();
        }
    }
}
