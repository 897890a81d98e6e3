package dev.olifant.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.olifant.error.PgException;
import dev.olifant.session.TransactionStatus;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.channels.Channels;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessageCodecTest {

    @Test
    void bodyCursorReadsBigEndianAndStrings() {
        MessageBody b = new MessageBody(TestClient.body().int16(-2).int32(70000).str("héllo").int8(9).bytes());
        assertThat(b.int16()).isEqualTo((short) -2);
        assertThat(b.int32()).isEqualTo(70000);
        assertThat(b.cstring()).isEqualTo("héllo");
        assertThat(b.int8()).isEqualTo((byte) 9);
        b.end();
        assertThatThrownBy(b::int8).isInstanceOf(PgException.class)
                .hasMessage("insufficient data left in message");
    }

    @Test
    void bindDecodesNullsAndFormats() {
        byte[] body = TestClient.body().str("p").str("s").int16(1).int16(1).int16(2).int32(-1).int32(2)
                .raw(new byte[] {1, 2}).int16(1).int16(1).bytes();
        Bind bind = (Bind) FrontendMessage.decode(new MessageReader.RawMessage((byte) 'B', body));
        assertThat(bind.portalName()).isEqualTo("p");
        assertThat(bind.statementName()).isEqualTo("s");
        assertThat(bind.parameterFormats()).containsExactly((short) 1);
        assertThat(bind.parameterValues()[0]).isNull();
        assertThat(bind.parameterValues()[1]).containsExactly(1, 2);
        assertThat(bind.resultFormats()).containsExactly((short) 1);
    }

    @Test
    void bindWithAHugeParameterCountFailsWithoutAllocating() {
        byte[] body = TestClient.body().str("").str("").int16(0).int16(65535).bytes();
        assertThatThrownBy(() -> FrontendMessage.decode(new MessageReader.RawMessage((byte) 'B', body)))
                .isInstanceOf(PgException.class).hasMessage("insufficient data left in message");
    }

    @Test
    void describeRejectsUnknownSubtypes() {
        byte[] body = TestClient.body().int8('X').str("").bytes();
        assertThatThrownBy(() -> FrontendMessage.decode(new MessageReader.RawMessage((byte) 'D', body)))
                .hasMessage("invalid DESCRIBE message subtype 88");
    }

    @Test
    void readerFramesMessagesAndRejectsBadLengths() throws Exception {
        byte[] stream = TestClient.body().raw(TestClient.message('Q', TestClient.body().str("x").bytes()))
                .raw(TestClient.message('S', new byte[0])).int8('S').int32(20000).bytes();
        MessageReader r = new MessageReader(Channels.newChannel(new ByteArrayInputStream(stream)), 1000);
        MessageReader.RawMessage q = r.readMessage();
        assertThat((char) q.type()).isEqualTo('Q');
        assertThat(q.body()).containsExactly('x', 0);
        assertThat((char) r.readMessage().type()).isEqualTo('S');
        assertThatThrownBy(r::readMessage).hasMessage("invalid message length");
    }

    @Test
    void readerAssemblesLargeBodiesArrivingInPieces() throws Exception {
        byte[] payload = new byte[3_000_000];
        new java.util.Random(1).nextBytes(payload);
        byte[] stream = TestClient.message('d', payload);
        java.io.InputStream trickle = new java.io.FilterInputStream(new ByteArrayInputStream(stream)) {
            @Override
            public int read(byte[] b, int off, int len) throws java.io.IOException {
                return super.read(b, off, Math.min(len, 777));
            }
        };
        MessageReader r = new MessageReader(Channels.newChannel(trickle), 1 << 24);
        assertThat(r.readMessage().body()).isEqualTo(payload);
        assertThat(r.readMessage()).isNull();
    }

    @Test
    void truncatedBodyIsAnEndOfStream() {
        byte[] stream = TestClient.body().int8('Q').int32(5000).raw(new byte[100]).bytes();
        MessageReader r = new MessageReader(Channels.newChannel(new ByteArrayInputStream(stream)), 1 << 24);
        assertThatThrownBy(r::readMessage).isInstanceOf(java.io.EOFException.class);
    }

    @Test
    void readerReturnsNullAtACleanEnd() throws Exception {
        MessageReader r = new MessageReader(Channels.newChannel(new ByteArrayInputStream(new byte[0])), 1000);
        assertThat(r.readMessage()).isNull();
    }

    @Test
    void writerPatchesLengthsAndBuffersUntilFlush() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MessageWriter w = new MessageWriter(Channels.newChannel(out));
        new ReadyForQuery(TransactionStatus.FAILED).writeTo(w);
        new DataRow(new byte[][] {null, {7}}).writeTo(w);
        assertThat(out.size()).isZero();
        w.flush();
        assertThat(out.toByteArray()).containsExactly('Z', 0, 0, 0, 5, 'E', 'D', 0, 0, 0, 15, 0, 2, -1, -1, -1, -1,
                0, 0, 0, 1, 7);
    }

    @Test
    void aMessageThatFailedHalfWayIsDropped() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MessageWriter w = new MessageWriter(Channels.newChannel(out));
        new CommandComplete("A").writeTo(w);
        assertThatThrownBy(() -> new RowDescription(java.util.Arrays.asList(
                FakeSession.INT_FIELD, null)).writeTo(w)).isInstanceOf(NullPointerException.class);
        new CommandComplete("B").writeTo(w);
        w.flush();
        assertThat(out.toByteArray()).containsExactly('C', 0, 0, 0, 6, 'A', 0, 'C', 0, 0, 0, 6, 'B', 0);
    }

    @Test
    void startupPacketParametersKeepTheirOrder() {
        byte[] body = TestClient.body().int32(StartupPacket.PROTOCOL_3_0).str("user").str("u").str("database")
                .str("d").str("options").str("-c x=1").int8(0).bytes();
        StartupPacket.StartupMessage m = (StartupPacket.StartupMessage) StartupPacket.decode(body);
        assertThat(m.parameters()).containsExactly(Map.entry("user", "u"), Map.entry("database", "d"),
                Map.entry("options", "-c x=1"));
        assertThat(m.protocolOptions()).isEqualTo(List.of());
    }

    @Test
    void cancelRequestCarriesKey() {
        byte[] body = TestClient.body().int32(StartupPacket.CANCEL_REQUEST_CODE).int32(42).int32(-7).bytes();
        assertThat(StartupPacket.decode(body)).isEqualTo(new StartupPacket.CancelRequest(42, -7));
    }
}
