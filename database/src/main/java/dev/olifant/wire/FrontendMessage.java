package dev.olifant.wire;

import dev.olifant.error.PgException;
import dev.olifant.error.Severity;
import dev.olifant.error.SqlState;

/** A message from the client after the startup phase, decoded from its type byte and body. */
public sealed interface FrontendMessage permits Query, Parse, Bind, Describe, Execute, Close, Sync, Flush,
        Terminate, FunctionCall, CopyData, CopyDone, CopyFail {

    /**
     * Whether a message type belongs to the extended query protocol: an error while handling one
     * makes the server discard messages up to the next Sync. Sync itself is not one, so an error
     * at Sync (a failing commit) is answered with ReadyForQuery at once.
     */
    static boolean isExtended(byte type) {
        return switch (type) {
            case 'P', 'B', 'D', 'E', 'C', 'H' -> true;
            default -> false;
        };
    }

    /** Whether the type byte names a message a client may send after startup. */
    static boolean isKnown(byte type) {
        return switch (type) {
            case 'Q', 'P', 'B', 'D', 'E', 'C', 'S', 'H', 'X', 'F', 'd', 'c', 'f' -> true;
            default -> false;
        };
    }

    /**
     * Decodes a message. A body that does not match its type is an ERROR 08P01; an unknown type
     * means the stream is out of step and is FATAL.
     */
    static FrontendMessage decode(MessageReader.RawMessage raw) {
        MessageBody body = new MessageBody(raw.body());
        FrontendMessage message = switch (raw.type()) {
            case 'Q' -> Query.decode(body);
            case 'P' -> Parse.decode(body);
            case 'B' -> Bind.decode(body);
            case 'D' -> Describe.decode(body);
            case 'E' -> Execute.decode(body);
            case 'C' -> Close.decode(body);
            case 'S' -> Sync.INSTANCE;
            case 'H' -> Flush.INSTANCE;
            case 'X' -> Terminate.INSTANCE;
            case 'F' -> new FunctionCall();
            case 'd' -> new CopyData(raw.body());
            case 'c' -> CopyDone.INSTANCE;
            case 'f' -> CopyFail.decode(body);
            default -> throw new PgException(SqlState.PROTOCOL_VIOLATION, Severity.FATAL,
                    "invalid frontend message type " + (raw.type() & 0xFF), null, null, 0, null);
        };
        if (message instanceof Sync || message instanceof Flush || message instanceof Terminate
                || message instanceof CopyDone) {
            body.end();
        }
        return message;
    }
}
