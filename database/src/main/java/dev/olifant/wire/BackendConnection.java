package dev.olifant.wire;

import dev.olifant.session.Notification;
import dev.olifant.session.TransactionStatus;

import dev.olifant.auth.ClientIdentity;
import dev.olifant.error.PgException;
import dev.olifant.error.Severity;
import dev.olifant.error.SqlState;
import dev.olifant.session.Session;
import dev.olifant.session.StartupRequest;
import dev.olifant.session.StatementDescription;
import dev.olifant.wire.StartupPacket.StartupMessage;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.SocketAddress;
import java.nio.channels.ByteChannel;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * One client connection, run on its own thread with blocking I/O: PostgreSQL's backend
 * main loop. Startup and authentication, then one frontend message at a time handed to the
 * session. Errors in a message become ErrorResponse and the connection carries on (skipping to
 * Sync inside an extended-protocol cycle); only a broken stream or shutdown ends it with FATAL.
 *
 * <p>A {@link ConnectionPhase} lets another thread end the connection politely: an idle
 * connection (blocked reading) is told FATAL 57P01 at once; a busy one has its statement
 * cancelled and is told when the current message is done.
 */
public final class BackendConnection implements Runnable {
    private static final Logger LOG = Logger.getLogger(BackendConnection.class);

    private final ByteChannel channel;
    private final SocketAddress remoteAddress;
    private final boolean unixSocket;
    private final WireContext context;
    private final MessageReader reader;
    private final MessageWriter writer;
    private final ConnectionState state = new ConnectionState();
    private final ConnectionPhase phase = new ConnectionPhase();
    private volatile Session session;
    private volatile BackendKeyData key;

    public BackendConnection(ByteChannel channel, SocketAddress remoteAddress, boolean unixSocket,
            WireContext context) {
        this.channel = channel;
        this.remoteAddress = remoteAddress;
        this.unixSocket = unixSocket;
        this.context = context;
        this.reader = new MessageReader(channel, context.maxMessageSize());
        this.writer = new MessageWriter(channel);
    }

    BackendKeyData key() {
        return key;
    }

    @Override
    public void run() {
        context.registry().track(this);
        Thread timeout = Thread.ofVirtual().start(this::closeIfStartupTakesTooLong);
        try {
            StartupMessage startup = new Handshake(reader, writer, context.registry()).run();
            if (startup != null) {
                start(startup);
                timeout.interrupt();
                serve();
            }
        } catch (PgException e) {
            sendFatal(e);
        } catch (IOException | UncheckedIOException e) {
            LOG.debugf("connection from %s ended: %s", remoteAddress, e);
        } catch (RuntimeException e) {
            LOG.errorf(e, "connection from %s failed", remoteAddress);
            sendFatal(PgException.internal(e));
        } finally {
            timeout.interrupt();
            end();
        }
    }

    /**
     * Like PostgreSQL's authentication_timeout: a client that has not completed startup in time
     * (never sent its packet, or stalls during authentication) is disconnected.
     */
    private void closeIfStartupTakesTooLong() {
        try {
            Thread.sleep(context.authenticationTimeout());
        } catch (InterruptedException done) {
            return;
        }
        if (phase.terminateHandshake()) {
            LOG.debugf("closing connection from %s: startup not completed in time", remoteAddress);
            forceClose();
        }
    }

    /** Authenticates, opens the session and reports its parameters and key. */
    private void start(StartupMessage startup) throws IOException {
        Map<String, String> parameters = startup.parameters();
        String user = parameters.get("user");
        if (user == null || user.isEmpty()) {
            throw fatal(SqlState.INVALID_AUTHORIZATION_SPECIFICATION,
                    "no PostgreSQL user name specified in startup packet");
        }
        String database = parameters.get("database");
        if (database == null || database.isEmpty()) {
            database = user;
        }
        key = context.registry().admit(this);
        if (key == null) {
            throw fatal(SqlState.TOO_MANY_CONNECTIONS, "sorry, too many clients already");
        }
        context.authenticator().authenticate(new ClientIdentity(user, database, remoteAddress, unixSocket),
                new WireAuthExchange(reader, writer));
        Authentication.OK.writeTo(writer);
        if (!phase.handshakeDone()) {
            throw adminShutdown();
        }
        try {
            session = context.sessions().open(new StartupRequest(user, database, parameters, key.processId()));
        } catch (PgException e) {
            throw e.withSeverity(Severity.FATAL);
        }
        for (Map.Entry<String, String> p : session.reportedParameters().entrySet()) {
            new ParameterStatus(p.getKey(), p.getValue()).writeTo(writer);
        }
        session.onNotification(() -> Thread.startVirtualThread(this::deliverIfIdle));
        key.writeTo(writer);
        readyForQuery();
    }

    /** The message loop (PostgresMain). */
    private void serve() throws IOException {
        WireResultSink sink = new WireResultSink(reader, writer, state);
        boolean skipToSync = false;
        while (true) {
            if (!phase.idle()) {
                throw adminShutdown();
            }
            deliverIfIdle();
            IdleTimeout.Armed timer = armIdleTimeout();
            MessageReader.RawMessage raw = reader.readMessage();
            if (timer != null) {
                timer.disarm();
            }
            if (raw == null || !phase.busy()) {
                return;
            }
            byte type = raw.type();
            if (!FrontendMessage.isKnown(type)) {
                throw fatal(SqlState.PROTOCOL_VIOLATION, "invalid frontend message type " + (type & 0xFF));
            }
            if (type == 'S') {
                skipToSync = false;
            }
            if (skipToSync && type != 'X') {
                continue;
            }
            try {
                if (!handle(FrontendMessage.decode(raw), sink)) {
                    return;
                }
                writer.flushIfLarge();
            } catch (PgException e) {
                checkConnection();
                if (e.severity() == Severity.FATAL || e.severity() == Severity.PANIC) {
                    throw e;
                }
                skipToSync = recover(e, type);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            } catch (RuntimeException e) {
                checkConnection();
                LOG.errorf(e, "internal error in connection from %s", remoteAddress);
                skipToSync = recover(PgException.internal(e), type);
            }
            checkConnection();
        }
    }

    /** Handles one message; false for Terminate. */
    private boolean handle(FrontendMessage message, WireResultSink sink) throws IOException {
        Session s = session;
        switch (message) {
            case Query q -> {
                context.events().queryStarted();
                s.simpleQuery(q.sql(), sink);
                checkConnection();
                readyForQuery();
            }
            case Parse p -> {
                s.parse(p.statementName(), p.sql(), p.parameterTypeOids());
                EmptyMessage.PARSE_COMPLETE.writeTo(writer);
            }
            case Bind b -> {
                s.bind(b.portalName(), b.statementName(), b.parameterFormats(), b.parameterValues(),
                        b.resultFormats());
                EmptyMessage.BIND_COMPLETE.writeTo(writer);
            }
            case Describe d when d.target() == Describe.Target.STATEMENT -> {
                StatementDescription description = s.describeStatement(d.name());
                new ParameterDescription(description.parameterTypeOids()).writeTo(writer);
                describeFields(description.fields());
            }
            case Describe d -> describeFields(s.describePortal(d.name()));
            case Execute e -> {
                context.events().queryStarted();
                if (!s.execute(e.portalName(), e.maxRows(), sink)) {
                    EmptyMessage.PORTAL_SUSPENDED.writeTo(writer);
                }
            }
            case Close c -> {
                if (c.target() == Describe.Target.STATEMENT) {
                    s.closeStatement(c.name());
                } else {
                    s.closePortal(c.name());
                }
                EmptyMessage.CLOSE_COMPLETE.writeTo(writer);
            }
            case Sync sync -> {
                s.sync();
                readyForQuery();
            }
            case Flush flush -> writer.flush();
            case Terminate terminate -> {
                return false;
            }
            case FunctionCall call -> throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                    "function call messages are not supported");
            case CopyData data -> {
                // Left over from a COPY FROM STDIN that failed: the client keeps sending until it
                // sees the error, and PostgreSQL discards the rest.
            }
            case CopyDone done -> { }
            case CopyFail fail -> { }
        }
        return true;
    }

    private void describeFields(List<dev.olifant.session.Field> fields) {
        if (fields == null) {
            EmptyMessage.NO_DATA.writeTo(writer);
        } else {
            new RowDescription(fields).writeTo(writer);
        }
    }

    private void readyForQuery() throws IOException {
        TransactionStatus status = session.transactionStatus();
        if (status == TransactionStatus.IDLE) {
            // as PostgresMain: notifications that came while the transaction ran go out before ReadyForQuery
            for (Notification n : session.takeNotifications()) {
                new NotificationResponse(n.processId(), n.channel(), n.payload()).writeTo(writer);
            }
        }
        new ReadyForQuery(status).writeTo(writer);
        writer.flush();
    }

    /**
     * Sends the session's notifications while the connection waits for its client outside a
     * transaction (PostgreSQL's ProcessNotifyInterrupt while reading a command). Runs on the
     * connection's thread before it waits, and on another thread when a notification arrives;
     * the phase lets only one of them write, and the writer checks again for notifications that
     * came while it wrote.
     */
    private void deliverIfIdle() {
        Session s = session;
        while (s != null && phase.startDelivering()) {
            List<Notification> sent = List.of();
            try {
                if (s.transactionStatus() == TransactionStatus.IDLE) {
                    sent = s.takeNotifications();
                }
                if (!sent.isEmpty()) {
                    MessageWriter direct = new MessageWriter(channel);
                    for (Notification n : sent) {
                        new NotificationResponse(n.processId(), n.channel(), n.payload()).writeTo(direct);
                    }
                    direct.flush();
                }
            } catch (IOException | RuntimeException e) {
                LOG.debugf("could not send notifications to %s: %s", remoteAddress, e);
            } finally {
                phase.doneDelivering();
            }
            if (sent.isEmpty()) {
                return;
            }
        }
    }

    /**
     * Reports an error in a message. Inside an extended-protocol cycle the session is told and
     * the rest of the cycle is skipped (returns true); otherwise ReadyForQuery follows at once.
     */
    private boolean recover(PgException e, byte type) throws IOException {
        reportError(e);
        if (!FrontendMessage.isExtended(type)) {
            readyForQuery();
            return false;
        }
        try {
            session.extendedProtocolError();
        } catch (RuntimeException failure) {
            LOG.errorf(failure, "recovering from an extended-protocol error for %s", remoteAddress);
        }
        return true;
    }

    private void reportError(PgException e) {
        PgException error = e.severity().isError() ? e : e.withSeverity(Severity.ERROR);
        ErrorResponse.error(error).writeTo(writer);
    }

    /** Acts on what happened to the connection while the session was running. */
    private void checkConnection() throws IOException {
        if (state.isLost()) {
            throw new EOFException("connection lost");
        }
        if (state.fatal() != null) {
            throw state.fatal();
        }
    }

    /** Starts the idle-in-transaction clock when the session waits inside a transaction block. */
    private IdleTimeout.Armed armIdleTimeout() {
        Session s = session;
        if (s == null || s.transactionStatus() == dev.olifant.session.TransactionStatus.IDLE) {
            return null;
        }
        long millis = s.idleInTransactionTimeoutMillis();
        return millis <= 0 ? null : IdleTimeout.arm(millis, this::idleInTransactionTimeout);
    }

    /**
     * idle_in_transaction_session_timeout expired: if the connection is still waiting for the
     * client, tell it FATAL 25P03 and close it (the session then rolls back and releases its locks).
     */
    private void idleInTransactionTimeout() {
        if (!phase.terminateIdle()) {
            return;
        }
        MessageWriter direct = new MessageWriter(channel);
        ErrorResponse.error(fatal(SqlState.IDLE_IN_TRANSACTION_SESSION_TIMEOUT,
                "terminating connection due to idle-in-transaction timeout")).writeTo(direct);
        try {
            direct.flush();
        } catch (IOException e) {
            LOG.debugf("could not notify %s of its idle-in-transaction timeout: %s", remoteAddress, e);
        }
        forceClose();
    }

    /** Cancels the running statement on behalf of a CancelRequest. */
    void cancelRunningStatement() {
        Session s = session;
        if (s != null) {
            s.cancel();
        }
    }

    /**
     * Ends the connection from another thread (server shutdown): an idle connection is told at
     * once and closed; a busy one has its statement cancelled and ends after the message.
     */
    void terminate() {
        switch (phase.terminate()) {
            case IDLE -> {
                MessageWriter direct = new MessageWriter(channel);
                ErrorResponse.error(adminShutdown()).writeTo(direct);
                try {
                    direct.flush();
                } catch (IOException e) {
                    LOG.debugf("could not notify %s of shutdown: %s", remoteAddress, e);
                }
                forceClose();
            }
            case BUSY -> cancelRunningStatement();
            case HANDSHAKE -> forceClose();
            default -> {
                // Already ending.
            }
        }
    }

    void forceClose() {
        try {
            channel.close();
        } catch (IOException e) {
            LOG.debugf("closing connection from %s: %s", remoteAddress, e);
        }
    }

    private void sendFatal(PgException e) {
        if (state.isLost() || !channel.isOpen()) {
            return;
        }
        try {
            ErrorResponse.error(e.withSeverity(Severity.FATAL)).writeTo(writer);
            writer.flush();
        } catch (IOException | RuntimeException ignored) {
            // The client is gone; nothing more to tell it.
        }
    }

    private void end() {
        phase.closed();
        Session s = session;
        if (s != null) {
            try {
                s.close();
            } catch (RuntimeException e) {
                LOG.errorf(e, "closing session of %s", remoteAddress);
            }
        }
        context.registry().release(this, key);
        forceClose();
    }

    private static PgException adminShutdown() {
        return fatal(SqlState.ADMIN_SHUTDOWN, "terminating connection due to administrator command");
    }

    private static PgException fatal(SqlState state, String message) {
        return new PgException(state, Severity.FATAL, message, null, null, 0, null);
    }
}
