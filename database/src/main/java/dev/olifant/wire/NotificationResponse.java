package dev.olifant.wire;

/** NotificationResponse ('A'): a NOTIFY on a channel the session listens on, with its sender's process id. */
public record NotificationResponse(int processId, String channel, String payload) implements BackendMessage {

    @Override
    public void writeTo(MessageWriter out) {
        out.begin('A').int32(processId).cstring(channel).cstring(payload).end();
    }
}
