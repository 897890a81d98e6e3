package dev.olifant.wire;

/** Sync ('S'): ends an extended-protocol cycle; the server answers ReadyForQuery. */
public enum Sync implements FrontendMessage {
    INSTANCE;
}
