package dev.olifant.wire;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** A raw protocol client for tests: writes hand-built messages and reads framed answers. */
final class TestClient implements AutoCloseable {
    final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;

    TestClient(int port) throws IOException {
        socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(5000);
        in = new DataInputStream(socket.getInputStream());
        out = socket.getOutputStream();
    }

    /** A backend message: type and body. */
    record Msg(char type, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        /** The fields of an ErrorResponse / NoticeResponse. */
        Map<Character, String> fields() {
            Map<Character, String> m = new HashMap<>();
            int i = 0;
            while (i < body.length && body[i] != 0) {
                char code = (char) body[i++];
                int end = i;
                while (body[end] != 0) {
                    end++;
                }
                m.put(code, new String(body, i, end - i, StandardCharsets.UTF_8));
                i = end + 1;
            }
            return m;
        }

        int int32(int at) {
            return ((body[at] & 0xFF) << 24) | ((body[at + 1] & 0xFF) << 16) | ((body[at + 2] & 0xFF) << 8)
                    | (body[at + 3] & 0xFF);
        }
    }

    /** Builds a message body. */
    static final class Body {
        final ByteArrayOutputStream b = new ByteArrayOutputStream();

        Body int8(int v) {
            b.write(v);
            return this;
        }

        Body int16(int v) {
            b.write(v >>> 8);
            b.write(v);
            return this;
        }

        Body int32(int v) {
            int16(v >>> 16);
            return int16(v);
        }

        Body str(String s) {
            b.writeBytes(s.getBytes(StandardCharsets.UTF_8));
            b.write(0);
            return this;
        }

        Body raw(byte[] bytes) {
            b.writeBytes(bytes);
            return this;
        }

        byte[] bytes() {
            return b.toByteArray();
        }
    }

    static Body body() {
        return new Body();
    }

    void sendStartup(byte[] body) throws IOException {
        Body p = body().int32(body.length + 4).raw(body);
        out.write(p.bytes());
        out.flush();
    }

    void startup(String... nameValues) throws IOException {
        Body b = body().int32(StartupPacket.PROTOCOL_3_0);
        for (String s : nameValues) {
            b.str(s);
        }
        b.int8(0);
        sendStartup(b.bytes());
    }

    /** Starts up as user "alice" and reads through the first ReadyForQuery; returns BackendKeyData. */
    Msg connect() throws IOException {
        startup("user", "alice");
        Msg key = null;
        while (true) {
            Msg m = read();
            if (m.type() == 'K') {
                key = m;
            }
            if (m.type() == 'E') {
                throw new IOException("startup failed: " + m.fields());
            }
            if (m.type() == 'Z') {
                return key;
            }
        }
    }

    void send(char type, byte[] body) throws IOException {
        out.write(message(type, body));
        out.flush();
    }

    void send(char type, Body body) throws IOException {
        send(type, body.bytes());
    }

    static byte[] message(char type, byte[] body) {
        return body().int8(type).int32(body.length + 4).raw(body).bytes();
    }

    void sendRaw(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    void query(String sql) throws IOException {
        send('Q', body().str(sql));
    }

    Msg read() throws IOException {
        int type = in.read();
        if (type < 0) {
            throw new EOFException("closed");
        }
        int len = in.readInt();
        byte[] body = new byte[len - 4];
        in.readFully(body);
        return new Msg((char) type, body);
    }

    int readByte() throws IOException {
        return in.read();
    }

    /** Reads messages up to and including ReadyForQuery and returns their types as a string. */
    String readUntilReady(java.util.List<Msg> into) throws IOException {
        StringBuilder sb = new StringBuilder();
        while (true) {
            Msg m = read();
            if (into != null) {
                into.add(m);
            }
            sb.append(m.type());
            if (m.type() == 'Z') {
                return sb.toString();
            }
        }
    }

    /** True when the server closed the connection (end of stream). */
    boolean closedByServer() throws IOException {
        try {
            return in.read() < 0;
        } catch (java.net.SocketException e) {
            return true;
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
