package dev.olifant.session;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.sql.ast.TransactionStmt;

/**
 * SAVEPOINT, RELEASE [SAVEPOINT] and ROLLBACK [WORK | TRANSACTION] TO [SAVEPOINT] (PostgreSQL's
 * DefineSavepoint, ReleaseSavepoint, RollbackToSavepoint). Savepoints exist only in transaction
 * blocks (25P01 elsewhere); a name may be reused, the newest savepoint of that name wins. ROLLBACK
 * TO is the one statement besides ROLLBACK and COMMIT that a failed block accepts, and it ends the
 * failed state: drivers rely on that (psql's ON_ERROR_ROLLBACK, pgjdbc's autosave).
 */
final class SavepointRunner {
    private final PgSession session;

    SavepointRunner(PgSession session) {
        this.session = session;
    }

    UtilityRunner.Result run(TransactionStmt t, ResultSink sink) {
        TransactionState tx = session.tx;
        String name = t.savepoint();
        switch (t.kind()) {
            case SAVEPOINT -> {
                requireBlock(tx, "SAVEPOINT");
                tx.savepoint(name, session.settings.savepoint());
                return UtilityRunner.Result.tag("SAVEPOINT");
            }
            case RELEASE -> {
                requireBlock(tx, "RELEASE SAVEPOINT");
                int index = find(tx, name);
                tx.release(index);
                session.cursors.released(index);
                return UtilityRunner.Result.tag("RELEASE");
            }
            default -> {
                requireBlock(tx, "ROLLBACK TO SAVEPOINT");
                int index = find(tx, name);
                int mark = tx.rollbackTo(index);
                session.cursors.rolledBackTo(index);
                session.reportRestored(session.settings.rollbackTo(mark), sink);
                return UtilityRunner.Result.tag("ROLLBACK");
            }
        }
    }

    private static void requireBlock(TransactionState tx, String what) {
        if (!tx.explicit()) {
            throw new PgException(SqlState.NO_ACTIVE_SQL_TRANSACTION, what + " can only be used in transaction blocks");
        }
    }

    private static int find(TransactionState tx, String name) {
        int i = tx.findSavepoint(name);
        if (i < 0) {
            throw new PgException(SqlState.INVALID_SAVEPOINT_SPECIFICATION, "savepoint \"" + name + "\" does not exist");
        }
        return i;
    }
}
