package dev.olifant.wire;

/**
 * An authentication request ('R'): code 0 is AuthenticationOk; other codes ask the client for
 * a password or a SASL exchange step, with the code-specific payload following.
 */
public record Authentication(int code, byte[] data) implements BackendMessage {
    public static final Authentication OK = new Authentication(0, new byte[0]);

    @Override
    public void writeTo(MessageWriter out) {
        out.begin('R').int32(code).bytes(data).end();
    }
}
