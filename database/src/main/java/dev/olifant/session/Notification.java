package dev.olifant.session;

/**
 * One notification (PostgreSQL's NotificationResponse): the channel, the payload ("" when none)
 * and the process id of the session that sent it.
 */
public record Notification(int processId, String channel, String payload) {
    /**
     * The bytes the entry takes in PostgreSQL's notification queue (AsyncQueueEntry: a 16-byte
     * header, channel and payload each NUL-terminated, rounded up to 4), for
     * pg_notification_queue_usage().
     */
    long queueBytes() {
        long n = 16 + channel.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + 1
                + payload.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + 1;
        return (n + 3) & ~3L;
    }
}
