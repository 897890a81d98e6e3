package dev.olifant.wire;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;

/** Describe ('D') of a prepared statement ('S') or a portal ('P'). */
public record Describe(Target target, String name) implements FrontendMessage {

    static Describe decode(MessageBody body) {
        byte kind = body.int8();
        String name = body.cstring();
        body.end();
        return new Describe(Target.of(kind, "DESCRIBE"), name);
    }

    /** What Describe and Close name: a prepared statement or a portal. */
    public enum Target {
        STATEMENT, PORTAL;

        static Target of(byte kind, String message) {
            return switch (kind) {
                case 'S' -> STATEMENT;
                case 'P' -> PORTAL;
                default -> throw PgException.of(SqlState.PROTOCOL_VIOLATION, "invalid %s message subtype %d",
                        message, kind & 0xFF);
            };
        }
    }
}
