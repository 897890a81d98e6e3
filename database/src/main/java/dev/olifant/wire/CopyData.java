package dev.olifant.wire;

/** CopyData ('d'): a chunk of COPY data. */
public record CopyData(byte[] data) implements FrontendMessage {
}
