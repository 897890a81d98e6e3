package dev.olifant.commands;

import dev.olifant.catalog.Acl;
import dev.olifant.catalog.Relation;
import dev.olifant.catalog.Table;
import dev.olifant.catalog.View;
import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.exec.TableLocks;
import dev.olifant.lock.LockMode;
import dev.olifant.sql.analyze.Names;
import dev.olifant.sql.ast.LockStmt;
import dev.olifant.sql.ast.TableRef;

/**
 * {@code LOCK [TABLE] name [, ...] [IN mode MODE] [NOWAIT]}: takes the table lock for the rest of
 * the transaction block, in the order the tables are named. After each lock the name is looked up
 * again, so a table dropped while this waited is reported as missing (PostgreSQL's
 * RangeVarGetRelidExtended retry).
 */
final class LockTable {
    private LockTable() {
    }

    static String execute(LockStmt s, CommandContext ctx) {
        if (!ctx.inTransactionBlock()) {
            throw new PgException(SqlState.NO_ACTIVE_SQL_TRANSACTION, "LOCK TABLE can only be used in transaction blocks");
        }
        LockMode mode = LockMode.valueOf(s.mode().name());
        for (TableRef ref : s.tables()) {
            while (true) {
                Relation r = Names.relation(ctx.analysis(), ref.name());
                if (!(r instanceof Table) && !(r instanceof View)) {
                    throw new PgException(SqlState.WRONG_OBJECT_TYPE, "\"" + r.name()
                            + "\" is not a table or view");
                }
                Grants.checkAny(ctx, r, privilegesFor(mode)); // RangeVarCallbackForLockTable: before queueing
                TableLocks.lock(ctx.exec(), r.oid(), mode, s.nowait(), r::name);
                Relation again = Names.findRelation(ctx.analysis(), ref.name());
                if (again != null && again.oid() == r.oid()) {
                    break;
                }
            }
        }
        return "LOCK TABLE";
    }

    /**
     * The privileges of which LOCK TABLE needs one (PostgreSQL's LockTableAclCheck): SELECT for
     * ACCESS SHARE, a write privilege for ROW EXCLUSIVE, UPDATE, DELETE or TRUNCATE for stronger modes.
     */
    static int privilegesFor(LockMode mode) {
        int writes = Acl.Privilege.UPDATE.bit() | Acl.Privilege.DELETE.bit() | Acl.Privilege.TRUNCATE.bit();
        return switch (mode) {
            case ACCESS_SHARE -> Acl.Privilege.SELECT.bit();
            case ROW_EXCLUSIVE -> writes | Acl.Privilege.INSERT.bit();
            default -> writes;
        };
    }
}
