package dev.olifant.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The server's LISTEN / NOTIFY queue (PostgreSQL's async.c). Each listening session has an inbox
 * and the channels it listens on (as its committed LISTENs left them); a committing transaction
 * publishes its notifications to every session of the same database listening on their channel,
 * the committing one included, in commit order (publishing is serialized). A session's inbox is
 * drained by its connection when it is idle outside a transaction, or just before ReadyForQuery
 * once its transaction ends; the connection registers a wake-up to learn of new entries while it
 * waits for its client.
 */
public final class NotificationQueue {
    /**
     * PostgreSQL's queue holds (QUEUE_MAX_PAGE + 1) pages of BLCKSZ bytes: SLRU_PAGES_PER_SEGMENT
     * × 0x10000 pages of 8 kB; pg_notification_queue_usage() is the fraction in use.
     */
    static final double CAPACITY_BYTES = 32.0 * 0x10000 * 8192;

    /** One session's listening state. */
    static final class Listener {
        final long database;
        final Set<String> channels = ConcurrentHashMap.newKeySet();
        final ConcurrentLinkedQueue<Notification> inbox = new ConcurrentLinkedQueue<>();
        volatile Runnable wakeup;

        Listener(long database) {
            this.database = database;
        }
    }

    private final Map<Integer, Listener> listeners = new ConcurrentHashMap<>();
    private final AtomicLong queuedBytes = new AtomicLong();

    /** The listening state of session {@code processId}, made on first use. */
    Listener listener(int processId, long database) {
        return listeners.computeIfAbsent(processId, p -> new Listener(database));
    }

    /** Forgets a session that ended, with what it had not read. */
    void remove(int processId) {
        Listener l = listeners.remove(processId);
        if (l != null) {
            for (Notification n : l.inbox) {
                queuedBytes.addAndGet(-n.queueBytes());
            }
        }
    }

    /** Delivers a committed transaction's notifications to the listeners of their channels. */
    synchronized void publish(long database, List<Notification> notifications) {
        List<Listener> woken = new ArrayList<>();
        for (Listener l : listeners.values()) {
            if (l.database != database || l.channels.isEmpty()) {
                continue;
            }
            boolean any = false;
            for (Notification n : notifications) {
                if (l.channels.contains(n.channel())) {
                    l.inbox.add(n);
                    queuedBytes.addAndGet(n.queueBytes());
                    any = true;
                }
            }
            if (any) {
                woken.add(l);
            }
        }
        for (Listener l : woken) {
            Runnable w = l.wakeup;
            if (w != null) {
                w.run();
            }
        }
    }

    /** Takes what is waiting in a session's inbox. */
    List<Notification> take(int processId) {
        Listener l = listeners.get(processId);
        if (l == null || l.inbox.isEmpty()) {
            return List.of();
        }
        List<Notification> out = new ArrayList<>();
        for (Notification n = l.inbox.poll(); n != null; n = l.inbox.poll()) {
            queuedBytes.addAndGet(-n.queueBytes());
            out.add(n);
        }
        return out;
    }

    /** pg_notification_queue_usage(): the fraction of the queue's capacity that unread notifications take. */
    double usage() {
        return queuedBytes.get() / CAPACITY_BYTES;
    }
}
