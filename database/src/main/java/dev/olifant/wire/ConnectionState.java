package dev.olifant.wire;

import dev.olifant.error.PgException;

/**
 * What a connection learns while the session is in control (writing results, reading COPY
 * data) and must act on once the session returns: the socket failed, or the stream lost its
 * framing and the connection must end with a FATAL error.
 */
final class ConnectionState {
    private boolean lost;
    private PgException fatal;

    void lost() {
        lost = true;
    }

    void fail(PgException e) {
        if (fatal == null) {
            fatal = e;
        }
    }

    boolean isLost() {
        return lost;
    }

    PgException fatal() {
        return fatal;
    }
}
