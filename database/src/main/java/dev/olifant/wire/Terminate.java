package dev.olifant.wire;

/** Terminate ('X'): the client is closing the connection. */
public enum Terminate implements FrontendMessage {
    INSTANCE;
}
