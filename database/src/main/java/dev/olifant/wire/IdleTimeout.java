package dev.olifant.wire;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The clock of idle_in_transaction_session_timeout: armed when a connection starts waiting for
 * its client inside a transaction block, disarmed when a message arrives. One scheduler thread
 * serves every connection; the action itself decides, through the connection's phase, whether
 * the connection is still idle.
 */
final class IdleTimeout {
    private static final ScheduledExecutorService SCHEDULER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "olifant-idle-timeout");
        t.setDaemon(true);
        return t;
    });

    private IdleTimeout() {
    }

    /** A running clock. */
    record Armed(ScheduledFuture<?> future) {
        void disarm() {
            future.cancel(false);
        }
    }

    static Armed arm(long millis, Runnable onExpiry) {
        return new Armed(SCHEDULER.schedule(onExpiry, millis, TimeUnit.MILLISECONDS));
    }
}
