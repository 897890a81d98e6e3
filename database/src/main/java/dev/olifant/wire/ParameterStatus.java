package dev.olifant.wire;

/** ParameterStatus ('S'): the current value of a setting the client is told about. */
public record ParameterStatus(String name, String value) implements BackendMessage {

    @Override
    public void writeTo(MessageWriter out) {
        out.begin('S').cstring(name).cstring(value).end();
    }
}
