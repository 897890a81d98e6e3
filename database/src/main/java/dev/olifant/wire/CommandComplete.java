package dev.olifant.wire;

/** CommandComplete ('C') with the command tag. */
public record CommandComplete(String tag) implements BackendMessage {

    @Override
    public void writeTo(MessageWriter out) {
        out.begin('C').cstring(tag).end();
    }
}
