package dev.olifant.wire;

/** What the protocol loop reports to whoever counts (the server's metrics). */
@FunctionalInterface
public interface WireEvents {
    WireEvents NONE = () -> { };

    /** A Query or Execute message is about to run. */
    void queryStarted();
}
