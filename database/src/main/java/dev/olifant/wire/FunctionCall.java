package dev.olifant.wire;

/** FunctionCall ('F'): the fast-path interface, which Olifant does not offer. */
public record FunctionCall() implements FrontendMessage {
}
