package dev.olifant.wire;

/** A message from the server to the client, written into the connection's output buffer. */
public interface BackendMessage {

    void writeTo(MessageWriter out);
}
