package dev.olifant.wire;

/** BackendKeyData ('K'): the process id and secret key a client quotes in a CancelRequest. */
public record BackendKeyData(int processId, int secretKey) implements BackendMessage {

    @Override
    public void writeTo(MessageWriter out) {
        out.begin('K').int32(processId).int32(secretKey).end();
    }
}
