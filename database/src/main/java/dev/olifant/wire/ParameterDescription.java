package dev.olifant.wire;

/** ParameterDescription ('t'): the type OIDs of a prepared statement's parameters. */
public record ParameterDescription(int[] typeOids) implements BackendMessage {

    @Override
    public void writeTo(MessageWriter out) {
        out.begin('t').int16(typeOids.length);
        for (int oid : typeOids) {
            out.int32(oid);
        }
        out.end();
    }
}
