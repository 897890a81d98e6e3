package dev.olifant.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.SocketException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Malformed traffic from raw sockets: impossible lengths, unknown types, truncated and garbled
 * bodies, garbage startup packets, connections cut mid-message. Every bad connection gets 08P01
 * (or is closed), no internal error (XX000) ever escapes, the server stays up, and a pgjdbc
 * session running alongside keeps answering throughout. Fixed seeds keep failures reproducible.
 */
class ProtocolFuzzIT {
    @RegisterExtension
    static final OlifantServer SERVER = OlifantServer.perClass();

    private static final Set<Character> FRONTEND_TYPES = Set.of('Q', 'P', 'B', 'D', 'E', 'C', 'S', 'H', 'X', 'F',
            'd', 'c', 'f', 'p');
    private static final AtomicBoolean RUNNING = new AtomicBoolean(true);
    private static final AtomicLong BYSTANDER_QUERIES = new AtomicLong();
    private static final AtomicReference<Throwable> BYSTANDER_FAILURE = new AtomicReference<>();
    private static Thread bystander;

    /** A well-behaved session that queries continuously while the fuzzing goes on. */
    @BeforeAll
    static void startBystander() {
        bystander = Thread.ofVirtual().start(() -> {
            try (Connection c = SERVER.connect(); Statement s = c.createStatement()) {
                while (RUNNING.get()) {
                    try (ResultSet rs = s.executeQuery("select 42")) {
                        rs.next();
                        if (rs.getInt(1) != 42) {
                            throw new AssertionError("wrong answer " + rs.getInt(1));
                        }
                    }
                    BYSTANDER_QUERIES.incrementAndGet();
                    Thread.sleep(5);
                }
            } catch (Throwable t) {
                BYSTANDER_FAILURE.set(t);
            }
        });
    }

    @AfterAll
    static void stopBystander() throws InterruptedException {
        RUNNING.set(false);
        bystander.join(10_000);
    }

    /** After every batch: the server is up, the bystander is fine and a fresh session works. */
    @AfterEach
    void serverStillServes() throws Exception {
        assertThat(SERVER.isRunning()).as("server process alive").isTrue();
        assertThat(BYSTANDER_FAILURE.get()).as("concurrent pgjdbc session").isNull();
        long before = BYSTANDER_QUERIES.get();
        try (Connection c = SERVER.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select 1")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
        long deadline = System.currentTimeMillis() + 5000;
        while (BYSTANDER_QUERIES.get() == before && System.currentTimeMillis() < deadline) {
            Thread.sleep(10);
        }
        assertThat(BYSTANDER_QUERIES.get()).as("bystander still making progress").isGreaterThan(before);
    }

    private RawClient connected() throws IOException {
        RawClient c = new RawClient(SERVER.host(), SERVER.port(), 3000);
        c.startup(SERVER.user(), SERVER.database());
        return c;
    }

    /** 08P01 as FATAL, or the server simply hung up; never anything else. */
    private static void assertProtocolViolationOrClosed(RawClient.Outcome outcome) {
        assertThat(outcome.timedOut()).as("server answered or closed, messages: %s", outcome.messages()).isFalse();
        for (RawClient.Msg e : outcome.errors()) {
            assertThat(e.sqlState()).as(e.fields().toString()).isEqualTo("08P01");
        }
        assertThat(outcome.closed()).isTrue();
    }

    private static void assertNoInternalError(RawClient.Outcome outcome) {
        for (RawClient.Msg e : outcome.errors()) {
            assertThat(e.sqlState()).as(e.fields().toString()).isNotEqualTo("XX000");
        }
    }

    @Test
    void impossibleLengths() throws Exception {
        for (int len : new int[] {0, 1, 3, -1, Integer.MIN_VALUE, Integer.MAX_VALUE, 0x7FFF_FFF0, 1 << 30 | 1}) {
            for (char type : new char[] {'Q', 'P', 'B', 'S', 'X', 'd'}) {
                try (RawClient c = connected()) {
                    c.send(RawClient.bytes().int8(type).int32(len).get());
                    assertProtocolViolationOrClosed(c.drain());
                }
            }
        }
    }

    @Test
    void unknownMessageTypes() throws Exception {
        Random random = new Random(5432);
        for (int i = 0; i < 40; i++) {
            char type;
            do {
                type = (char) random.nextInt(256);
            } while (FRONTEND_TYPES.contains(type));
            try (RawClient c = connected()) {
                c.send(type, new byte[random.nextInt(20)]);
                RawClient.Outcome outcome = c.drain();
                assertProtocolViolationOrClosed(outcome);
                if (!outcome.errors().isEmpty()) {
                    assertThat(outcome.errors().get(0).fields()).containsEntry('S', "FATAL")
                            .containsEntry('M', "invalid frontend message type " + (int) type);
                }
            }
        }
    }

    @Test
    void bindWithMoreParametersThanTheStatementHas() throws Exception {
        try (RawClient c = connected()) {
            c.send('P', RawClient.bytes().str("").str("select 1").int16(0).get());
            c.send('B', RawClient.bytes().str("").str("").int16(0).int16(2).int32(1).int8('1').int32(-1)
                    .int16(0).get());
            c.send('E', RawClient.bytes().str("").int32(0).get());
            c.send('S', new byte[0]);
            List<RawClient.Msg> msgs = c.readUntilReady();
            assertThat(msgs).extracting(RawClient.Msg::type).containsExactly('1', 'E', 'Z');
            assertThat(msgs.get(1).fields()).containsEntry('C', "08P01")
                    .containsEntry('M', "bind message supplies 2 parameters, but prepared statement \"\" requires 0");
            assertStillUsable(c);
        }
    }

    @Test
    void truncatedAndGarbledExtendedMessagesAreErrorsNotDisasters() throws Exception {
        Random random = new Random(15);
        char[] types = {'P', 'B', 'D', 'E', 'C', 'Q', 'F'};
        try (RawClient c = connected()) {
            for (int i = 0; i < 300; i++) {
                char type = types[random.nextInt(types.length)];
                byte[] body = new byte[random.nextInt(48)];
                random.nextBytes(body);
                if (random.nextBoolean() && body.length > 0) {
                    body[body.length - 1] = 0;
                }
                c.send(type, body);
                c.send('S', new byte[0]);
                List<RawClient.Msg> msgs = readUntilReadyAfterOptionalExtra(c, type);
                for (RawClient.Msg m : msgs) {
                    if (m.type() == 'E') {
                        assertThat(m.sqlState()).as("%s message %s: %s", type, i, m.fields()).isNotEqualTo("XX000");
                        assertThat(m.fields().get('S')).as(m.fields().toString()).isNotEqualTo("FATAL");
                    }
                }
                if (i % 50 == 49) {
                    assertStillUsable(c);
                }
            }
            assertStillUsable(c);
        }
    }

    /** A Query or FunctionCall answers with its own ReadyForQuery before the Sync's. */
    private static List<RawClient.Msg> readUntilReadyAfterOptionalExtra(RawClient c, char type) throws IOException {
        List<RawClient.Msg> msgs = c.readUntilReady();
        if (type == 'Q' || type == 'F') {
            msgs.addAll(c.readUntilReady());
        }
        return msgs;
    }

    @Test
    void randomBytesAfterAValidStartup() throws Exception {
        Random random = new Random(42);
        for (int i = 0; i < 150; i++) {
            byte[] garbage = new byte[1 + random.nextInt(200)];
            random.nextBytes(garbage);
            try (RawClient c = new RawClient(SERVER.host(), SERVER.port(), 500)) {
                c.startup(SERVER.user(), SERVER.database());
                try {
                    c.send(garbage);
                } catch (SocketException closedEarly) {
                    continue;
                }
                assertNoInternalError(c.drain());
            }
        }
    }

    @Test
    void messagesCutMidwayThenTheSocketClosed() throws Exception {
        Random random = new Random(7);
        for (int i = 0; i < 60; i++) {
            try (RawClient c = connected()) {
                byte[] full = RawClient.message('Q', RawClient.bytes().str("select " + i).get());
                byte[] cut = java.util.Arrays.copyOf(full, 1 + random.nextInt(full.length - 1));
                c.send(cut);
            }
            try (RawClient c = new RawClient(SERVER.host(), SERVER.port(), 3000)) {
                byte[] startup = RawClient.startupPacket(SERVER.user(), SERVER.database());
                c.send(java.util.Arrays.copyOf(startup, 1 + random.nextInt(startup.length - 1)));
            }
        }
    }

    @Test
    void garbageStartupPackets() throws Exception {
        Random random = new Random(80877103);
        for (int i = 0; i < 100; i++) {
            try (RawClient c = new RawClient(SERVER.host(), SERVER.port(), 500)) {
                int len = switch (i % 4) {
                    case 0 -> random.nextInt(8);
                    case 1 -> 8 + random.nextInt(64);
                    case 2 -> random.nextInt();
                    default -> 10_001 + random.nextInt(1 << 20);
                };
                byte[] body = new byte[Math.max(0, Math.min(len - 4, 64))];
                random.nextBytes(body);
                try {
                    c.send(RawClient.bytes().int32(len).raw(body).get());
                } catch (SocketException closedEarly) {
                    continue;
                }
                RawClient.Outcome outcome = c.drain();
                for (RawClient.Msg e : outcome.errors()) {
                    assertThat(e.fields().get('S')).isEqualTo("FATAL");
                    assertThat(e.sqlState()).as(e.fields().toString()).isIn("08P01", "0A000", "28000", "22021");
                }
            }
        }
    }

    @Test
    void encryptionRequestsThenGarbage() throws Exception {
        try (RawClient c = new RawClient(SERVER.host(), SERVER.port(), 3000)) {
            c.send(RawClient.bytes().int32(8).int32(80877103).get());
            assertThat(c.readByte()).isEqualTo('N');
            c.send(RawClient.bytes().int32(8).int32(80877103).get());
            RawClient.Outcome outcome = c.drain();
            assertThat(outcome.errors()).hasSize(1);
            assertThat(outcome.errors().get(0).sqlState()).isEqualTo("0A000");
        }
        try (RawClient c = new RawClient(SERVER.host(), SERVER.port(), 3000)) {
            byte[] ssl = RawClient.bytes().int32(8).int32(80877103).get();
            c.send(RawClient.bytes().raw(ssl).raw(RawClient.startupPacket("x", "y")).get());
            assertThat(c.readByte()).isEqualTo('N');
            // Data that arrived with the SSLRequest is refused (08P01) when the server sees it there.
            assertNoInternalError(c.drain());
        }
    }

    private static void assertStillUsable(RawClient c) throws IOException {
        c.send('Q', RawClient.bytes().str("select 1").get());
        List<RawClient.Msg> msgs = c.readUntilReady();
        assertThat(msgs).extracting(RawClient.Msg::type).containsExactly('T', 'D', 'C', 'Z');
        assertThat(msgs.get(3).body()).containsExactly('I');
    }
}
