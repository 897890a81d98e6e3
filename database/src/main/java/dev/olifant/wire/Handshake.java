package dev.olifant.wire;

import dev.olifant.error.PgException;
import dev.olifant.error.Severity;
import dev.olifant.error.SqlState;
import dev.olifant.wire.StartupPacket.CancelRequest;
import dev.olifant.wire.StartupPacket.GssEncRequest;
import dev.olifant.wire.StartupPacket.SslRequest;
import dev.olifant.wire.StartupPacket.StartupMessage;
import java.io.IOException;

/**
 * The startup phase before authentication (PostgreSQL's ProcessStartupPacket): refuses SSL and
 * GSS encryption with 'N' (each at most once, after which the client sends its real startup
 * packet in the clear), routes a CancelRequest, checks the protocol version and answers
 * NegotiateProtocolVersion for a newer 3.x minor version or {@code _pq_.} options.
 */
final class Handshake {
    private final MessageReader reader;
    private final MessageWriter writer;
    private final BackendRegistry registry;

    Handshake(MessageReader reader, MessageWriter writer, BackendRegistry registry) {
        this.reader = reader;
        this.writer = writer;
        this.registry = registry;
    }

    /** @return the startup message, or null when the connection ends here (cancel request, hang-up) */
    StartupMessage run() throws IOException {
        boolean sslDone = false;
        boolean gssDone = false;
        while (true) {
            byte[] body = reader.readStartupPacket();
            if (body == null) {
                return null;
            }
            StartupPacket packet = StartupPacket.decode(body);
            switch (packet) {
                case CancelRequest cancel -> {
                    registry.cancel(cancel.processId(), cancel.secretKey());
                    return null;
                }
                case SslRequest ssl -> {
                    if (sslDone) {
                        throw unsupported(StartupPacket.SSL_REQUEST_CODE);
                    }
                    sslDone = true;
                    refuseEncryption("received unencrypted data after SSL request");
                }
                case GssEncRequest gss -> {
                    if (gssDone) {
                        throw unsupported(StartupPacket.GSSENC_REQUEST_CODE);
                    }
                    gssDone = true;
                    refuseEncryption("received unencrypted data after GSSAPI encryption request");
                }
                case StartupMessage startup -> {
                    if (startup.minor() > 0 || !startup.protocolOptions().isEmpty()) {
                        new NegotiateProtocolVersion(0, startup.protocolOptions()).writeTo(writer);
                    }
                    return startup;
                }
            }
        }
    }

    /**
     * Answers 'N'. Bytes that arrived before the answer cannot have been meant for an encrypted
     * stream the client had not yet been granted, so they are refused as PostgreSQL does.
     */
    private void refuseEncryption(String unexpectedDataMessage) throws IOException {
        writer.rawByte('N');
        writer.flush();
        if (reader.hasBufferedData()) {
            throw new PgException(SqlState.PROTOCOL_VIOLATION, Severity.FATAL, unexpectedDataMessage,
                    "This could be either a client-software bug or evidence of an attempted man-in-the-middle attack.",
                    null, 0, null);
        }
    }

    private static PgException unsupported(int code) {
        return new PgException(SqlState.FEATURE_NOT_SUPPORTED, Severity.FATAL, String.format(
                "unsupported frontend protocol %d.%d: server supports 3.0 to 3.0", code >>> 16, code & 0xFFFF),
                null, null, 0, null);
    }
}
