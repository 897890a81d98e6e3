package dev.olifant.wire;

/** Execute ('E'): run a portal, returning at most {@code maxRows} rows (0 = no limit). */
public record Execute(String portalName, int maxRows) implements FrontendMessage {

    static Execute decode(MessageBody body) {
        String portal = body.cstring();
        int maxRows = body.int32();
        body.end();
        return new Execute(portal, Math.max(maxRows, 0));
    }
}
