package dev.olifant.txn.ssi;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;

/** The 40001 errors SSI raises, worded as PostgreSQL's, with its "Reason code" details. */
final class SerializationFailure {
    private SerializationFailure() {
    }

    static PgException of(String reason) {
        return new PgException(SqlState.SERIALIZATION_FAILURE,
                "could not serialize access due to read/write dependencies among transactions")
                .withDetail("Reason code: " + reason + ".").withHint("The transaction might succeed if retried.");
    }

    static PgException pivotDuringWrite() {
        return of("Canceled on identification as a pivot, during write");
    }

    static PgException pivotDuringCommit() {
        return of("Canceled on identification as a pivot, during commit attempt");
    }

    static PgException pivotDuringConflictIn() {
        return of("Canceled on identification as a pivot, during conflict in checking");
    }

    static PgException pivotDuringConflictOut() {
        return of("Canceled on identification as a pivot, during conflict out checking");
    }

    static PgException conflictOutToPivot(long pivotXid) {
        return of("Canceled on conflict out to pivot " + pivotXid + ", during read");
    }
}
