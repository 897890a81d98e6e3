package dev.olifant.session;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a session's transaction has done with LISTEN, UNLISTEN and NOTIFY, applied when it
 * commits and forgotten when it rolls back, as PostgreSQL's async.c: LISTEN takes effect at
 * commit; the notifications are queued at commit in the order first sent, a notification equal
 * (channel and payload) to one the transaction already sent is dropped, and those of a
 * subtransaction rolled back to are forgotten.
 */
final class PendingNotifications {
    /** NAMEDATALEN: a channel name is an identifier of at most 63 bytes. */
    private static final int NAMEDATALEN = 64;
    /** NOTIFY_PAYLOAD_MAX_LENGTH. */
    private static final int PAYLOAD_MAX = 8000;

    private enum ActionKind { LISTEN, UNLISTEN, UNLISTEN_ALL }

    private record Action(ActionKind kind, String channel) {
    }

    private record Mark(int notifications, int actions) {
    }

    private final int processId;
    private final long database;
    private final NotificationQueue queue;
    private final List<Notification> notifications = new ArrayList<>();
    private final Set<Notification> sent = new java.util.HashSet<>();
    private final List<Action> actions = new ArrayList<>();
    private final List<Mark> savepoints = new ArrayList<>();

    PendingNotifications(int processId, long database, NotificationQueue queue) {
        this.processId = processId;
        this.database = database;
        this.queue = queue;
    }

    /** NOTIFY / pg_notify(): checks the channel and payload as Async_Notify does and remembers it. */
    void notify(String channel, String payload) {
        if (channel == null || channel.isEmpty()) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "channel name cannot be empty");
        }
        if (channel.getBytes(StandardCharsets.UTF_8).length >= NAMEDATALEN) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "channel name too long");
        }
        String p = payload == null ? "" : payload;
        if (p.getBytes(StandardCharsets.UTF_8).length >= PAYLOAD_MAX) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "payload string too long");
        }
        Notification n = new Notification(processId, channel, p);
        if (sent.add(n)) {
            notifications.add(n);
        }
    }

    void listen(String channel) {
        actions.add(new Action(ActionKind.LISTEN, channel));
    }

    /** UNLISTEN channel, or UNLISTEN * when {@code channel} is null. */
    void unlisten(String channel) {
        actions.add(channel == null ? new Action(ActionKind.UNLISTEN_ALL, null) : new Action(ActionKind.UNLISTEN, channel));
    }

    void savepoint() {
        savepoints.add(new Mark(notifications.size(), actions.size()));
    }

    /** RELEASE SAVEPOINT: the savepoint at {@code index} and those after it end, their work kept. */
    void release(int index) {
        truncate(savepoints, index);
    }

    /** ROLLBACK TO SAVEPOINT: forgets what was done since the savepoint at {@code index}, which stays. */
    void rollbackTo(int index) {
        Mark m = savepoints.get(index);
        while (notifications.size() > m.notifications()) {
            sent.remove(notifications.remove(notifications.size() - 1));
        }
        truncate(actions, m.actions());
        truncate(savepoints, index + 1);
    }

    /** Commit: applies LISTEN / UNLISTEN, then queues the notifications. */
    void commit() {
        if (!actions.isEmpty()) {
            NotificationQueue.Listener l = queue.listener(processId, database);
            for (Action a : actions) {
                switch (a.kind()) {
                    case LISTEN -> l.channels.add(a.channel());
                    case UNLISTEN -> l.channels.remove(a.channel());
                    case UNLISTEN_ALL -> l.channels.clear();
                }
            }
        }
        if (!notifications.isEmpty()) {
            queue.publish(database, List.copyOf(notifications));
        }
        clear();
    }

    void rollback() {
        clear();
    }

    /** The channels the session listens on (pg_listening_channels()), as committed. */
    List<String> listening() {
        return new ArrayList<>(new LinkedHashSet<>(queue.listener(processId, database).channels));
    }

    private void clear() {
        notifications.clear();
        sent.clear();
        actions.clear();
        savepoints.clear();
    }

    private static void truncate(List<?> list, int size) {
        while (list.size() > size) {
            list.remove(list.size() - 1);
        }
    }
}
