package dev.olifant.it;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A protocol client over a raw socket that can send anything, well-formed or not. */
final class RawClient implements AutoCloseable {
    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;

    RawClient(String host, int port, int timeoutMillis) throws IOException {
        socket = new Socket(host, port);
        socket.setSoTimeout(timeoutMillis);
        socket.setTcpNoDelay(true);
        in = new DataInputStream(socket.getInputStream());
        out = socket.getOutputStream();
    }

    /** A backend message. */
    record Msg(char type, byte[] body) {
        Map<Character, String> fields() {
            Map<Character, String> m = new HashMap<>();
            int i = 0;
            while (i < body.length && body[i] != 0) {
                char code = (char) body[i++];
                int end = i;
                while (end < body.length && body[end] != 0) {
                    end++;
                }
                m.put(code, new String(body, i, end - i, StandardCharsets.UTF_8));
                i = end + 1;
            }
            return m;
        }

        String sqlState() {
            return fields().get('C');
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** How a conversation ended, with the messages received. */
    record Outcome(List<Msg> messages, boolean closed, boolean timedOut) {
        List<Msg> errors() {
            return messages.stream().filter(m -> m.type() == 'E').toList();
        }
    }

    /** Builds message bytes. */
    static final class Bytes {
        private final ByteArrayOutputStream b = new ByteArrayOutputStream();

        Bytes int8(int v) {
            b.write(v);
            return this;
        }

        Bytes int16(int v) {
            b.write(v >>> 8);
            b.write(v);
            return this;
        }

        Bytes int32(int v) {
            int16(v >>> 16);
            return int16(v);
        }

        Bytes str(String s) {
            b.writeBytes(s.getBytes(StandardCharsets.UTF_8));
            b.write(0);
            return this;
        }

        Bytes raw(byte[] bytes) {
            b.writeBytes(bytes);
            return this;
        }

        byte[] get() {
            return b.toByteArray();
        }
    }

    static Bytes bytes() {
        return new Bytes();
    }

    static byte[] message(char type, byte[] body) {
        return bytes().int8(type).int32(body.length + 4).raw(body).get();
    }

    static byte[] startupPacket(String user, String database) {
        byte[] body = bytes().int32(3 << 16).str("user").str(user).str("database").str(database).int8(0).get();
        return bytes().int32(body.length + 4).raw(body).get();
    }

    /** Sends a startup message and reads to the first ReadyForQuery; fails on an error. */
    void startup(String user, String database) throws IOException {
        send(startupPacket(user, database));
        while (true) {
            Msg m = read();
            if (m.type() == 'E') {
                throw new IOException("startup failed: " + m.fields());
            }
            if (m.type() == 'Z') {
                return;
            }
        }
    }

    void send(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    void send(char type, byte[] body) throws IOException {
        send(message(type, body));
    }

    Msg read() throws IOException {
        int type = in.read();
        if (type < 0) {
            throw new EOFException();
        }
        int len = in.readInt();
        if (len < 4 || len > 1 << 24) {
            throw new IOException("server sent a bad length " + len + " for message " + (char) type);
        }
        byte[] body = new byte[len - 4];
        in.readFully(body);
        return new Msg((char) type, body);
    }

    /** One raw byte: the answer to SSLRequest and GSSENCRequest is not a message. */
    int readByte() throws IOException {
        return in.read();
    }

    /** Reads through ReadyForQuery. */
    List<Msg> readUntilReady() throws IOException {
        List<Msg> msgs = new ArrayList<>();
        while (true) {
            Msg m = read();
            msgs.add(m);
            if (m.type() == 'Z') {
                return msgs;
            }
        }
    }

    /** Reads whatever comes until the server closes the connection or goes quiet. */
    Outcome drain() throws IOException {
        List<Msg> msgs = new ArrayList<>();
        while (true) {
            try {
                msgs.add(read());
            } catch (EOFException | SocketException e) {
                return new Outcome(msgs, true, false);
            } catch (SocketTimeoutException e) {
                return new Outcome(msgs, false, true);
            }
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
