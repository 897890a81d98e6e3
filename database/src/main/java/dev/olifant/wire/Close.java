package dev.olifant.wire;

/** Close ('C') of a prepared statement or a portal; closing one that does not exist is not an error. */
public record Close(Describe.Target target, String name) implements FrontendMessage {

    static Close decode(MessageBody body) {
        byte kind = body.int8();
        String name = body.cstring();
        body.end();
        return new Close(Describe.Target.of(kind, "CLOSE"), name);
    }
}
