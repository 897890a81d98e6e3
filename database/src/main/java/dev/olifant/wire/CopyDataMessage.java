package dev.olifant.wire;

/** CopyData ('d') from the server: a slice of COPY TO STDOUT output. */
public record CopyDataMessage(byte[] data, int offset, int length) implements BackendMessage {

    @Override
    public void writeTo(MessageWriter out) {
        out.begin('d').bytes(data, offset, length).end();
    }
}
