package dev.olifant.wire;

import static dev.olifant.wire.TestClient.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class QueryProtocolTest {
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
    void simpleQueryFramesRowsAndReportsTransactionStatus() throws Exception {
        List<TestClient.Msg> msgs = new ArrayList<>();
        client.query("rows 2");
        assertThat(client.readUntilReady(msgs)).isEqualTo("TDDCZ");
        TestClient.Msg desc = msgs.get(0);
        assertThat(desc.body()[0] << 8 | desc.body()[1]).isEqualTo(1);
        assertThat(new String(desc.body(), 2, 1)).isEqualTo("n");
        assertThat(desc.int32(4)).isZero();
        assertThat(desc.int32(10)).isEqualTo(23);
        assertThat(msgs.get(1).body()).containsExactly(0, 1, 0, 0, 0, 1, '1');
        assertThat(msgs.get(3).text()).isEqualTo("SELECT 2\u0000");
        client.query("begin");
        msgs.clear();
        assertThat(client.readUntilReady(msgs)).isEqualTo("CZ");
        assertThat(msgs.get(1).body()).containsExactly('T');
    }

    @Test
    void resultsReachTheSocketInOneWritePerReadyForQuery() throws Exception {
        int before = server.writes.get();
        client.query("rows 200");
        assertThat(client.readUntilReady(null)).hasSize(203);
        assertThat(server.writes.get() - before).isEqualTo(1);
    }

    @Test
    void errorsCarryAllFieldsAndTheSessionContinues() throws Exception {
        List<TestClient.Msg> msgs = new ArrayList<>();
        client.query("fail");
        assertThat(client.readUntilReady(msgs)).isEqualTo("EZ");
        assertThat(msgs.get(0).fields()).containsEntry('S', "ERROR").containsEntry('V', "ERROR")
                .containsEntry('C', "42601").containsEntry('M', "syntax error at or near \"fail\"")
                .containsEntry('D', "some detail").containsEntry('H', "some hint").containsEntry('P', "1");
        client.query("select 1");
        assertThat(client.readUntilReady(null)).isEqualTo("TDCZ");
    }

    @Test
    void unexpectedInternalFailureIsXX000AndTheSessionSurvives() throws Exception {
        List<TestClient.Msg> msgs = new ArrayList<>();
        client.query("crash");
        assertThat(client.readUntilReady(msgs)).isEqualTo("EZ");
        assertThat(msgs.get(0).fields()).containsEntry('C', "XX000").containsEntry('M', "boom");
        client.query("select 1");
        assertThat(client.readUntilReady(null)).isEqualTo("TDCZ");
    }

    @Test
    void noticesAndEmptyQueries() throws Exception {
        List<TestClient.Msg> msgs = new ArrayList<>();
        client.query("notice");
        assertThat(client.readUntilReady(msgs)).isEqualTo("NCZ");
        assertThat(msgs.get(0).fields()).containsEntry('S', "WARNING").containsEntry('C', "01000");
        client.query("");
        assertThat(client.readUntilReady(null)).isEqualTo("IZ");
    }

    @Test
    void extendedProtocolCycleWithRowLimit() throws Exception {
        client.send('P', body().str("s1").str("rows 3").int16(1).int32(23));
        client.send('D', body().int8('S').str("s1"));
        client.send('B', body().str("p1").str("s1").int16(0).int16(1).int32(1).raw(new byte[] {'5'}).int16(0));
        client.send('D', body().int8('P').str("p1"));
        client.send('E', body().str("p1").int32(2));
        client.send('E', body().str("p1").int32(2));
        client.send('C', body().int8('P').str("p1"));
        client.send('C', body().int8('S').str("s1"));
        int before = server.writes.get();
        client.send('S', body());
        assertThat(client.readUntilReady(null)).isEqualTo("1tT2TDDsDC33Z");
        assertThat(server.writes.get() - before).isEqualTo(1);
        assertThat(session.calls).containsSubsequence("parse s1 rows 3 1", "describe statement s1", "bind p1 s1 1",
                "describe portal p1", "execute p1 2", "execute p1 2", "close portal p1", "close statement s1", "sync");
    }

    @Test
    void describeOfAStatementWithoutRowsAnswersNoData() throws Exception {
        client.send('P', body().str("").str("insert").int16(0));
        client.send('D', body().int8('S').str(""));
        client.send('S', body());
        assertThat(client.readUntilReady(null)).isEqualTo("1tnZ");
    }

    @Test
    void flushSendsPendingOutputWithoutReadyForQuery() throws Exception {
        client.send('P', body().str("").str("rows 1").int16(0));
        client.send('H', body());
        assertThat(client.read().type()).isEqualTo('1');
        client.send('S', body());
        assertThat(client.readUntilReady(null)).isEqualTo("Z");
    }

    @Test
    void anErrorSkipsToSync() throws Exception {
        client.send('P', body().str("").str("rows 1").int16(0));
        client.send('B', body().str("").str("").int16(0).int16(0).int16(0));
        client.send('E', body().str("").int32(0));
        client.query("select 1");
        client.send('S', body());
        List<TestClient.Msg> msgs = new ArrayList<>();
        assertThat(client.readUntilReady(msgs)).isEqualTo("1EZ");
        assertThat(msgs.get(1).fields()).containsEntry('C', "08P01")
                .containsEntry('M', "bind message supplies 0 parameters, but prepared statement \"\" requires 1");
        assertThat(session.calls).contains("extended error").doesNotContain("execute  0", "query select 1");
        client.query("select 1");
        assertThat(client.readUntilReady(null)).isEqualTo("TDCZ");
    }

    @Test
    void parameterFormatCountMustMatch() throws Exception {
        client.send('P', body().str("").str("rows 1").int16(0));
        client.send('B', body().str("").str("").int16(2).int16(0).int16(0).int16(1).int32(-1).int16(0));
        client.send('S', body());
        List<TestClient.Msg> msgs = new ArrayList<>();
        assertThat(client.readUntilReady(msgs)).isEqualTo("1EZ");
        assertThat(msgs.get(1).fields()).containsEntry('M', "bind message has 2 parameter formats but 1 parameters");
    }

    @Test
    void functionCallIsNotSupported() throws Exception {
        client.send('F', body().int32(1));
        List<TestClient.Msg> msgs = new ArrayList<>();
        assertThat(client.readUntilReady(msgs)).isEqualTo("EZ");
        assertThat(msgs.get(0).fields()).containsEntry('C', "0A000");
    }

    @Test
    void unknownMessageTypeIsFatal() throws Exception {
        client.send('z', body());
        assertThat(client.read().fields()).containsEntry('S', "FATAL").containsEntry('C', "08P01")
                .containsEntry('M', "invalid frontend message type 122");
        assertThat(client.closedByServer()).isTrue();
        assertThat(session.closed).isTrue();
    }

    @Test
    void messageTypesAboveSevenBitsAreNamedUnsigned() throws Exception {
        client.send((char) 0xE5, body());
        assertThat(client.read().fields()).containsEntry('M', "invalid frontend message type 229");
    }

    @Test
    void impossibleLengthsAreFatal() throws Exception {
        client.sendRaw(body().int8('Q').int32(3).bytes());
        assertThat(client.read().fields()).containsEntry('S', "FATAL").containsEntry('M', "invalid message length");
        assertThat(client.closedByServer()).isTrue();
    }

    @Test
    void oversizedMessagesAreFatal() throws Exception {
        client.sendRaw(body().int8('Q').int32(Integer.MAX_VALUE).bytes());
        assertThat(client.read().fields()).containsEntry('C', "08P01").containsEntry('M', "invalid message length");
        assertThat(client.closedByServer()).isTrue();
    }

    @Test
    void malformedBodiesAreErrorsThatKeepTheConnection() throws Exception {
        List<TestClient.Msg> msgs = new ArrayList<>();
        client.send('Q', new byte[] {'s', 'e', 'l'});
        assertThat(client.readUntilReady(msgs)).isEqualTo("EZ");
        assertThat(msgs.get(0).fields()).containsEntry('S', "ERROR").containsEntry('C', "08P01")
                .containsEntry('M', "invalid string in message");
        msgs.clear();
        client.send('Q', body().str("select 1").int8(7));
        assertThat(client.readUntilReady(msgs)).isEqualTo("EZ");
        assertThat(msgs.get(0).fields()).containsEntry('M', "invalid message format");
        msgs.clear();
        client.send('E', body().str("").int16(1));
        client.send('S', body());
        assertThat(client.readUntilReady(msgs)).isEqualTo("EZ");
        assertThat(msgs.get(0).fields()).containsEntry('M', "insufficient data left in message");
        msgs.clear();
        client.send('Q', body().raw(new byte[] {'s', (byte) 0xC3, '(', 0}));
        assertThat(client.readUntilReady(msgs)).isEqualTo("EZ");
        assertThat(msgs.get(0).fields()).containsEntry('C', "22021")
                .containsEntry('M', "invalid byte sequence for encoding \"UTF8\": 0xc3 0x28");
        client.query("select 1");
        assertThat(client.readUntilReady(null)).isEqualTo("TDCZ");
    }

    @Test
    void terminateClosesTheSession() throws Exception {
        client.send('X', body());
        assertThat(client.closedByServer()).isTrue();
        assertThat(session.closed).as("the session is closed before the socket").isTrue();
    }
}
