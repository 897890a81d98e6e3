package dev.olifant.session;

import java.util.Map;

/**
 * One client connection's backend, driven by the wire layer message by message. Every method
 * reports failures as {@link dev.olifant.error.PgException}; the session stays usable after any
 * of them. Methods other than {@link #cancel()} are called from the connection's own thread only.
 */
public interface Session extends AutoCloseable {

    /** The ParameterStatus values to report after authentication, in sending order. */
    Map<String, String> reportedParameters();

    /**
     * Runs a simple-query string, which may hold several statements. Results of statements that
     * completed are already in the sink when a later one throws; the failing statement's error is
     * thrown and the rest of the string is skipped.
     */
    void simpleQuery(String sql, ResultSink sink);

    /** Parse: prepares {@code sql} under {@code name} ("" is the unnamed statement). A 0 oid lets the server infer that parameter's type. */
    void parse(String name, String sql, int[] parameterTypeOids);

    /** Describe of a prepared statement. */
    StatementDescription describeStatement(String name);

    /** Bind: creates a portal ("" is the unnamed portal). Formats follow the protocol's 0 / 1 / N rules. */
    void bind(String portalName, String statementName, short[] parameterFormats, byte[][] parameterValues,
            short[] resultFormats);

    /** Describe of a portal: its fields (with their result formats), or null for NoData. */
    java.util.List<Field> describePortal(String portalName);

    /**
     * Execute: runs (or resumes) a portal, fetching at most {@code maxRows} rows (0 = all).
     *
     * @return true when the portal completed (CommandComplete was sent), false when it was
     *         suspended at the row limit (the caller sends PortalSuspended)
     */
    boolean execute(String portalName, int maxRows, ResultSink sink);

    void closeStatement(String name);

    void closePortal(String name);

    /** Sync: ends the extended-protocol cycle; commits (or, after an error, rolls back) an implicit transaction. */
    void sync();

    /** Called by the wire layer when an error interrupted an extended-protocol cycle, before skipping to Sync. */
    void extendedProtocolError();

    TransactionStatus transactionStatus();

    /**
     * idle_in_transaction_session_timeout in milliseconds: how long the connection may wait for
     * the client inside a transaction block before it is ended with FATAL 25P03 (0 for never).
     */
    default long idleInTransactionTimeoutMillis() {
        return 0;
    }

    /** From any thread: makes the running statement (if any) fail with 57014 as soon as it can. */
    void cancel();

    /** The connection ended: roll back what is open and release everything. */
    @Override
    void close();

    /**
     * The notifications (LISTEN / NOTIFY) waiting for this session's client, taken out of its
     * inbox; the connection sends them when the session is idle outside a transaction.
     */
    default java.util.List<Notification> takeNotifications() {
        return java.util.List.of();
    }

    /** Registers what to run (on the notifying session's thread) when a notification arrives for this session. */
    default void onNotification(Runnable wakeup) {
    }
}
