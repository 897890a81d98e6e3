package dev.olifant.wire;

/** DataRow ('D'): one row, each value already encoded by the session, -1 length for NULL. */
public record DataRow(byte[][] values) implements BackendMessage {

    @Override
    public void writeTo(MessageWriter out) {
        out.begin('D').int16(values.length);
        for (byte[] v : values) {
            if (v == null) {
                out.int32(-1);
            } else {
                out.int32(v.length).bytes(v);
            }
        }
        out.end();
    }
}
