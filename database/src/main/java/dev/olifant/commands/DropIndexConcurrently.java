package dev.olifant.commands;

import dev.olifant.catalog.Index;
import dev.olifant.catalog.Relation;
import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.exec.TableLocks;
import dev.olifant.lock.LockMode;
import dev.olifant.lock.Locker;
import dev.olifant.sql.analyze.Names;
import dev.olifant.sql.ast.DropBehavior;
import dev.olifant.sql.ast.DropStmt;

/**
 * {@code DROP INDEX CONCURRENTLY}: as PostgreSQL's index_drop with {@code concurrent}, the table
 * and the index are locked only in SHARE UPDATE EXCLUSIVE mode, so readers and writers go on;
 * the command then waits for every transaction that held a lock on the table when it started
 * (which may still be using the index) to end, and only then takes ACCESS EXCLUSIVE on the
 * index and drops it.
 */
final class DropIndexConcurrently {
    private DropIndexConcurrently() {
    }

    static String execute(DropStmt s, CommandContext ctx) {
        if (s.names().size() > 1) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                    "DROP INDEX CONCURRENTLY does not support dropping multiple objects");
        }
        if (s.behavior() == DropBehavior.CASCADE) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "DROP INDEX CONCURRENTLY does not support CASCADE");
        }
        if (ctx.inTransactionBlock()) {
            throw new PgException(SqlState.ACTIVE_SQL_TRANSACTION,
                    "DROP INDEX CONCURRENTLY cannot run inside a transaction block");
        }
        Relation r;
        try {
            r = Names.findRelation(ctx.analysis(), s.names().get(0));
        } catch (RuntimeException e) {
            r = null;
        }
        if (r instanceof Index ix && ctx.catalog().relation(ix.tableOid()) instanceof Relation table) {
            Ownership.checkDropRelation(ctx, ix);
            TableLocks.lock(ctx.exec(), table.oid(), LockMode.SHARE_UPDATE_EXCLUSIVE, false, table::name);
            TableLocks.lock(ctx.exec(), ix.oid(), LockMode.SHARE_UPDATE_EXCLUSIVE, false, ix::name);
            Locker me = ctx.exec().services().locker();
            me.manager().waitForLockers(me, me.relation(table.oid()), LockMode.ACCESS_EXCLUSIVE,
                    TableLocks.waits(ctx.exec()));
            TableLocks.lock(ctx.exec(), ix.oid(), LockMode.ACCESS_EXCLUSIVE, false, ix::name);
        }
        return DropRelations.execute(s, ctx);
    }
}
