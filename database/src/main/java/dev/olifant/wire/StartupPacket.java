package dev.olifant.wire;

import dev.olifant.error.PgException;
import dev.olifant.error.Severity;
import dev.olifant.error.SqlState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The first packet on a connection: an int32 length and an int32 code, either a protocol version
 * (major in the high 16 bits) followed by name/value pairs, or one of the special request codes.
 */
public sealed interface StartupPacket {
    int PROTOCOL_3_0 = 3 << 16;
    int CANCEL_REQUEST_CODE = (1234 << 16) | 5678;
    int SSL_REQUEST_CODE = (1234 << 16) | 5679;
    int GSSENC_REQUEST_CODE = (1234 << 16) | 5680;

    /** SSLRequest: answered with a single 'N' (no TLS yet); the client then sends its startup message. */
    record SslRequest() implements StartupPacket {
    }

    /** GSSENCRequest: answered with 'N' like SSLRequest. */
    record GssEncRequest() implements StartupPacket {
    }

    /** CancelRequest: cancel what the backend with this key is running; never answered. */
    record CancelRequest(int processId, int secretKey) implements StartupPacket {
    }

    /**
     * StartupMessage: protocol version and parameters in the order sent. Options named
     * {@code _pq_.*} are protocol extensions, kept apart because no setting by that name exists.
     */
    record StartupMessage(int major, int minor, Map<String, String> parameters, List<String> protocolOptions)
            implements StartupPacket {
    }

    /** Decodes a startup packet body (everything after the length word), as ProcessStartupPacket does. */
    static StartupPacket decode(byte[] body) {
        MessageBody in = new MessageBody(body);
        int code = in.int32();
        switch (code) {
            case CANCEL_REQUEST_CODE -> {
                if (in.remaining() != 8) {
                    throw fatal(SqlState.PROTOCOL_VIOLATION, "invalid length of startup packet");
                }
                return new CancelRequest(in.int32(), in.int32());
            }
            case SSL_REQUEST_CODE -> {
                return new SslRequest();
            }
            case GSSENC_REQUEST_CODE -> {
                return new GssEncRequest();
            }
            default -> {
                return startupMessage(code, body);
            }
        }
    }

    private static StartupMessage startupMessage(int code, byte[] body) {
        int major = code >>> 16;
        int minor = code & 0xFFFF;
        if (major != 3) {
            throw fatal(SqlState.FEATURE_NOT_SUPPORTED, String.format(
                    "unsupported frontend protocol %d.%d: server supports 3.0 to 3.0", major, minor));
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        List<String> options = new ArrayList<>();
        int offset = 4;
        int len = body.length;
        while (offset < len) {
            int nameEnd = indexOfNul(body, offset);
            if (nameEnd == offset) {
                break;
            }
            int valueStart = nameEnd + 1;
            if (nameEnd < 0 || valueStart >= len) {
                offset = len;
                break;
            }
            int valueEnd = indexOfNul(body, valueStart);
            if (valueEnd < 0) {
                offset = len;
                break;
            }
            String name = Utf8.decode(body, offset, nameEnd - offset);
            String value = Utf8.decode(body, valueStart, valueEnd - valueStart);
            if (name.startsWith("_pq_.")) {
                options.add(name);
            } else {
                parameters.put(name, value);
            }
            offset = valueEnd + 1;
        }
        if (offset != len - 1) {
            throw fatal(SqlState.PROTOCOL_VIOLATION,
                    "invalid startup packet layout: expected terminator as last byte");
        }
        return new StartupMessage(major, minor, parameters, options);
    }

    private static int indexOfNul(byte[] b, int from) {
        for (int i = from; i < b.length; i++) {
            if (b[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static PgException fatal(SqlState state, String message) {
        return new PgException(state, Severity.FATAL, message, null, null, 0, null);
    }
}
