package dev.olifant.session;

import dev.olifant.catalog.Table;
import dev.olifant.commands.CommandContext;
import dev.olifant.commands.PartitionDetach;
import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.exec.TableLocks;
import dev.olifant.lock.LockManager;
import dev.olifant.lock.LockMode;
import dev.olifant.lock.LockTag;
import dev.olifant.lock.Locker;
import dev.olifant.sql.analyze.Names;
import dev.olifant.sql.ast.AlterTableStmt;
import dev.olifant.sql.ast.DetachPartition;
import dev.olifant.sql.ast.Statement;
import dev.olifant.txn.Transaction;
import java.util.function.Function;

/**
 * The transactions of {@code ALTER TABLE ... DETACH PARTITION ... CONCURRENTLY} after its first
 * one (which marks the partition detach pending, see {@link PartitionDetach}): the session keeps
 * SHARE UPDATE EXCLUSIVE on both tables as session locks so neither can be dropped, commits the
 * first transaction, then in a second one waits for every transaction that holds any lock on the
 * parent (PostgreSQL's WaitForLockersMultiple with ACCESS EXCLUSIVE), so that no query planned
 * with the partition still runs, and completes the detach. The statement's implicit transaction
 * handling commits that second transaction. Cancelling the wait leaves the partition pending.
 */
final class DetachConcurrently {
    private DetachConcurrently() {
    }

    /** The DETACH CONCURRENTLY sub-command of an ALTER TABLE, or null. */
    static DetachPartition of(Statement stmt) {
        if (stmt instanceof AlterTableStmt a) {
            for (var c : a.commands()) {
                if (c instanceof DetachPartition d && d.mode() == DetachPartition.Mode.CONCURRENTLY) {
                    return d;
                }
            }
        }
        return null;
    }

    /** PreventInTransactionBlock: an implicit transaction of several statements counts as a block too. */
    static void refuseInBlock(PgSession session) {
        if (session.tx.explicit() || session.multiStatement) {
            throw new PgException(SqlState.ACTIVE_SQL_TRANSACTION,
                    "ALTER TABLE ... DETACH CONCURRENTLY cannot run inside a transaction block");
        }
    }

    /**
     * After the first transaction did its work in {@code first}: commits it and runs the second.
     *
     * @param contextFor the command context for a transaction of the same statement
     */
    static void complete(PgSession session, DetachPartition d, CommandContext first,
            Function<Transaction, CommandContext> contextFor) {
        Table part = Names.table(first.analysis(), d.partition());
        long partOid = part.oid();
        long parentOid = part.partitioning().parentOid();
        Locker me = session.locker();
        LockManager locks = me.manager();
        LockTag parentTag = me.relation(parentOid);
        LockTag partTag = me.relation(partOid);
        var policy = TableLocks.waits(first.exec());
        locks.lockSession(me, parentTag, LockMode.SHARE_UPDATE_EXCLUSIVE, policy);
        try {
            locks.lockSession(me, partTag, LockMode.SHARE_UPDATE_EXCLUSIVE, policy);
            try {
                first.exec().transaction().nextCommand();
                session.commitTransaction(null);
                Transaction second = session.beginStatementTransaction();
                CommandContext ctx = contextFor.apply(second);
                locks.waitForLockers(me, parentTag, LockMode.ACCESS_EXCLUSIVE, TableLocks.waits(ctx.exec()));
                PartitionDetach.complete(ctx, parentOid, partOid);
            } finally {
                locks.unlockSession(me, partTag, LockMode.SHARE_UPDATE_EXCLUSIVE);
            }
        } finally {
            locks.unlockSession(me, parentTag, LockMode.SHARE_UPDATE_EXCLUSIVE);
        }
    }
}
