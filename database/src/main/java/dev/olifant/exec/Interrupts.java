package dev.olifant.exec;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;

/**
 * The flags another thread sets to stop a running statement (PostgreSQL's QueryCancelPending and
 * ProcDiePending), checked by long-running loops and waits through {@link #check()}.
 */
public final class Interrupts {
    private volatile boolean cancelRequested;
    private volatile String cancelReason;
    private volatile long deadlineNanos;
    private volatile boolean terminateRequested;

    /** A cancel request (57014) for the statement running now, if any. */
    public void requestCancel(String reason) {
        this.cancelReason = reason;
        this.cancelRequested = true;
    }

    public void requestTerminate() {
        this.terminateRequested = true;
    }

    /** Arms statement_timeout for the statement starting now (0 = none) and clears stale cancels. */
    public void startStatement(long timeoutMillis) {
        cancelRequested = false;
        cancelReason = null;
        deadlineNanos = timeoutMillis > 0 ? System.nanoTime() + timeoutMillis * 1_000_000 : 0;
    }

    public void endStatement() {
        deadlineNanos = 0;
        cancelRequested = false;
    }

    public void check() {
        if (terminateRequested) {
            throw new PgException(SqlState.ADMIN_SHUTDOWN, "terminating connection due to administrator command");
        }
        if (cancelRequested) {
            cancelRequested = false;
            throw new PgException(SqlState.QUERY_CANCELED,
                    cancelReason == null ? "canceling statement due to user request" : cancelReason);
        }
        long d = deadlineNanos;
        if (d != 0 && System.nanoTime() - d > 0) {
            deadlineNanos = 0;
            throw new PgException(SqlState.QUERY_CANCELED, "canceling statement due to statement timeout");
        }
    }

    /** Forgets a terminate request, so that the ending session's own cleanup statement can run. */
    public void allowExitCleanup() {
        terminateRequested = false;
        cancelRequested = false;
    }

    public boolean terminateRequested() {
        return terminateRequested;
    }
}
