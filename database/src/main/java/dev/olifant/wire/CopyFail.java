package dev.olifant.wire;

/** CopyFail ('f'): the client aborts COPY FROM STDIN with a message. */
public record CopyFail(String message) implements FrontendMessage {

    static CopyFail decode(MessageBody body) {
        CopyFail f = new CopyFail(body.cstring());
        body.end();
        return f;
    }
}
