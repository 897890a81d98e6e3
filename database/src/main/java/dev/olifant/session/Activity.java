package dev.olifant.session;

import dev.olifant.catalog.system.ActivityInfo;
import dev.olifant.lock.Locker;
import java.time.Instant;

/**
 * What a session is doing, as other sessions see it in pg_stat_activity (PostgreSQL's
 * PgBackendStatus): written only by the session's own thread, read racily by others.
 */
final class Activity {
    private final Instant backendStart = Instant.now();
    private volatile String query = "";
    private volatile Instant queryStart;
    private volatile Instant stateChange = backendStart;
    private volatile String state = "idle";
    private volatile String applicationName = "";

    /** A statement (or query string) starts. */
    void start(String sql) {
        Instant now = Instant.now();
        query = sql;
        queryStart = now;
        stateChange = now;
        state = "active";
    }

    /** The session waits for the client again, in the given transaction state. */
    void idle(TransactionStatus status, String application) {
        applicationName = application;
        state = switch (status) {
            case IDLE -> "idle";
            case IN_TRANSACTION -> "idle in transaction";
            case FAILED -> "idle in transaction (aborted)";
        };
        stateChange = Instant.now();
    }

    ActivityInfo info(PgSession s, Instant xactStart, Locker locker) {
        String waitType = null;
        String waitEvent = null;
        if (locker.waiting()) {
            waitType = "Lock";
            waitEvent = locker.waitingForTransaction() ? "transactionid" : "relation";
        }
        return new ActivityInfo(s.database().info().oid(), s.databaseName(), s.processId(), s.role().oid(),
                s.role().name(), applicationName, backendStart, xactStart, queryStart, stateChange, waitType,
                waitEvent, state, locker.xid(), 0, query);
    }
}
