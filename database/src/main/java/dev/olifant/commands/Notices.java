package dev.olifant.commands;

import dev.olifant.error.PgException;
import dev.olifant.error.Severity;
import dev.olifant.error.SqlState;

/** NOTICE messages commands send (``... does not exist, skipping'', ``drop cascades to ...''). */
final class Notices {
    private Notices() {
    }

    static PgException notice(SqlState state, String message) {
        return new PgException(state, message).withSeverity(Severity.NOTICE);
    }
}
