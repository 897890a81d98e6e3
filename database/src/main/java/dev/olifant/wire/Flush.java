package dev.olifant.wire;

/** Flush ('H'): asks for the output produced so far without ending the cycle. */
public enum Flush implements FrontendMessage {
    INSTANCE;
}
