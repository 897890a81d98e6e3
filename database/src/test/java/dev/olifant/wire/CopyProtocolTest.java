package dev.olifant.wire;

import static dev.olifant.wire.TestClient.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CopyProtocolTest {
    private WireTestServer server;
    private TestClient client;
    private FakeSession session;

    @BeforeEach
    void start() throws Exception {
        server = new WireTestServer();
        client = new TestClient(server.port());
        client.connect();
        session = server.session(0);
    }

    @AfterEach
    void stop() throws Exception {
        client.close();
        server.close();
    }

    @Test
    void copyInStreamsCopyDataUntilCopyDone() throws Exception {
        client.query("copy in");
        TestClient.Msg response = client.read();
        assertThat(response.type()).isEqualTo('G');
        assertThat(response.body()).containsExactly(0, 0, 2, 0, 0, 0, 0);
        client.send('d', "1\ta\n".getBytes(StandardCharsets.UTF_8));
        client.send('H', body());
        client.send('S', body());
        client.send('d', "2\tb\n".getBytes(StandardCharsets.UTF_8));
        client.send('c', body());
        List<TestClient.Msg> msgs = new ArrayList<>();
        assertThat(client.readUntilReady(msgs)).isEqualTo("CZ");
        assertThat(session.copiedIn).isEqualTo("1\ta\n2\tb\n");
    }

    @Test
    void copyFailAbortsWith57014() throws Exception {
        client.query("copy in");
        assertThat(client.read().type()).isEqualTo('G');
        client.send('d', "1\n".getBytes(StandardCharsets.UTF_8));
        client.send('f', body().str("client gave up"));
        List<TestClient.Msg> msgs = new ArrayList<>();
        assertThat(client.readUntilReady(msgs)).isEqualTo("EZ");
        assertThat(msgs.get(0).fields()).containsEntry('C', "57014")
                .containsEntry('M', "COPY from stdin failed: client gave up");
    }

    @Test
    void otherMessagesDuringCopyInAreProtocolViolations() throws Exception {
        client.query("copy in");
        assertThat(client.read().type()).isEqualTo('G');
        client.query("select 1");
        List<TestClient.Msg> msgs = new ArrayList<>();
        assertThat(client.readUntilReady(msgs)).isEqualTo("EZ");
        assertThat(msgs.get(0).fields()).containsEntry('C', "08P01")
                .containsEntry('M', "unexpected message type 0x51 during COPY from stdin");
        client.send('d', "late\n".getBytes(StandardCharsets.UTF_8));
        client.send('c', body());
        client.query("select 1");
        assertThat(client.readUntilReady(null)).as("left-over copy messages are discarded").isEqualTo("TDCZ");
    }

    @Test
    void brokenFramingDuringCopyInIsFatal() throws Exception {
        client.query("copy in");
        assertThat(client.read().type()).isEqualTo('G');
        client.sendRaw(body().int8('d').int32(2).bytes());
        TestClient.Msg m = client.read();
        while (m.type() != 'E' || !"FATAL".equals(m.fields().get('S'))) {
            m = client.read();
        }
        assertThat(m.fields()).containsEntry('C', "08P01").containsEntry('M', "invalid message length");
        assertThat(client.closedByServer()).isTrue();
    }

    @Test
    void copyOutSendsResponseDataAndDone() throws Exception {
        client.query("copy out");
        List<TestClient.Msg> msgs = new ArrayList<>();
        assertThat(client.readUntilReady(msgs)).isEqualTo("HddcCZ");
        assertThat(msgs.get(0).body()).containsExactly(0, 0, 1, 0, 0);
        assertThat(msgs.get(1).text()).isEqualTo("a\n");
        assertThat(msgs.get(2).text()).isEqualTo("b\n");
    }
}
