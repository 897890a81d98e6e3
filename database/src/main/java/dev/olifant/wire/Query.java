package dev.olifant.wire;

/** Query ('Q'): a simple-query string, possibly several statements. */
public record Query(String sql) implements FrontendMessage {

    static Query decode(MessageBody body) {
        Query q = new Query(body.cstring());
        body.end();
        return q;
    }
}
