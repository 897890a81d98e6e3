package dev.olifant.commands;

import dev.olifant.catalog.PartitionBound;
import dev.olifant.catalog.PartitionTree;
import dev.olifant.catalog.Partitioning;
import dev.olifant.catalog.Table;
import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.lock.LockMode;
import dev.olifant.sql.analyze.Names;
import dev.olifant.sql.ast.DetachPartition;

/**
 * ALTER TABLE ... DETACH PARTITION, in its three forms.
 *
 * <p>Plain DETACH locks the partition ACCESS EXCLUSIVE and takes it out of the tree at once.
 *
 * <p>DETACH CONCURRENTLY is PostgreSQL's two-transaction protocol. The first transaction (this
 * class's {@link #detach} with mode CONCURRENTLY) holds only SHARE UPDATE EXCLUSIVE on the parent
 * and on the partition and marks the partition "detach pending" (pg_inherits.inhdetachpending),
 * remembering its own xid. Once it commits, a statement whose snapshot sees that xid committed no
 * longer sees the partition in the parent (queries skip it, rows are not routed to it), while
 * snapshots taken earlier still do. The session then waits, in a second transaction, for every
 * transaction holding a lock on the parent, and completes the detach with {@link #complete}
 * (ACCESS EXCLUSIVE on the partition). When that wait is cancelled the partition stays pending,
 * and DETACH ... FINALIZE completes it later.
 */
public final class PartitionDetach {
    private PartitionDetach() {
    }

    static void detach(CommandContext ctx, Table parent, DetachPartition d) {
        switch (d.mode()) {
            case PLAIN -> plain(ctx, parent, d);
            case CONCURRENTLY -> begin(ctx, parent, d);
            case FINALIZE -> finalizePending(ctx, parent, d);
        }
    }

    private static void plain(CommandContext ctx, Table parent, DetachPartition d) {
        Table part = partition(ctx, parent, d, LockMode.ACCESS_EXCLUSIVE);
        if (part.partitioning().detachPending()) {
            throw alreadyPending(ctx, part, parent);
        }
        lockDefault(ctx, parent);
        DetachForeignKeys.check(ctx, part);
        finish(ctx, part);
    }

    /** The first transaction of DETACH CONCURRENTLY: marks the partition detach pending. */
    private static void begin(CommandContext ctx, Table parent, DetachPartition d) {
        if (ctx.inTransactionBlock()) {
            throw new PgException(SqlState.ACTIVE_SQL_TRANSACTION,
                    "ALTER TABLE ... DETACH CONCURRENTLY cannot run inside a transaction block");
        }
        Table part = partition(ctx, parent, d, LockMode.SHARE_UPDATE_EXCLUSIVE);
        if (defaultPartition(ctx, parent) != null) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                    "cannot detach partitions concurrently when a default partition exists");
        }
        for (Table sibling : PartitionTree.partitions(ctx.catalog(), parent)) {
            if (sibling.partitioning().detachPending()) {
                throw alreadyPending(ctx, sibling, parent);
            }
        }
        DetachForeignKeys.check(ctx, part);
        long xid = ctx.exec().transaction().writeXid();
        Table marked = part.withPartitioning(part.partitioning().withDetachPending(xid));
        ctx.change(k -> k.withRelation(marked));
    }

    /**
     * The second transaction of DETACH CONCURRENTLY, after the wait for the parent's lockers:
     * takes the partition out of the tree. Nothing is done when either table was dropped, or the
     * partition is no longer pending detach from this parent, meanwhile.
     */
    public static void complete(CommandContext ctx, long parentOid, long partOid) {
        if (!(ctx.catalog().relation(parentOid) instanceof Table parent)) {
            return;
        }
        PartitionLocks.lock(ctx, parent, LockMode.SHARE_UPDATE_EXCLUSIVE);
        if (!(ctx.catalog().relation(partOid) instanceof Table part)) {
            return;
        }
        PartitionLocks.lock(ctx, part, LockMode.ACCESS_EXCLUSIVE);
        if (ctx.catalog().relation(partOid) instanceof Table now && now.isPartition()
                && now.partitioning().parentOid() == parentOid && now.partitioning().detachPending()) {
            finish(ctx, now);
        }
    }

    /** DETACH ... FINALIZE: completes a detach whose second transaction did not finish. */
    private static void finalizePending(CommandContext ctx, Table parent, DetachPartition d) {
        Table part = partition(ctx, parent, d, LockMode.ACCESS_EXCLUSIVE);
        if (!part.partitioning().detachPending()) {
            throw new PgException(SqlState.OBJECT_NOT_IN_PREREQUISITE_STATE, "cannot complete detaching partition \""
                    + part.name() + "\"").withDetail("There's no pending concurrent detach.");
        }
        finish(ctx, part);
    }

    /** ATPrepCmd: ALTER TABLE of a partition whose detach is pending is refused until FINALIZE. */
    static void refusePending(Table t) {
        if (t.isPartition() && t.partitioning().detachPending()) {
            throw new PgException(SqlState.OBJECT_NOT_IN_PREREQUISITE_STATE, "cannot alter partition \""
                    + t.name() + "\" with an incomplete detach")
                    .withHint("Use ALTER TABLE ... DETACH PARTITION ... FINALIZE to complete the pending detach operation.");
        }
    }

    /** Resolves and locks the partition, which must be a partition of {@code parent}. */
    private static Table partition(CommandContext ctx, Table parent, DetachPartition d, LockMode mode) {
        Table part = Names.table(ctx.analysis(), d.partition());
        PartitionLocks.lock(ctx, part, mode);
        part = (Table) ctx.catalog().relation(part.oid());
        if (!part.isPartition() || part.partitioning().parentOid() != parent.oid()) {
            throw new PgException(SqlState.UNDEFINED_TABLE, "relation \"" + part.name()
                    + "\" is not a partition of relation \"" + parent.name() + "\"");
        }
        return part;
    }

    private static Table defaultPartition(CommandContext ctx, Table parent) {
        for (Table sibling : PartitionTree.partitions(ctx.catalog(), parent)) {
            if (sibling.partitioning().bound() instanceof PartitionBound.Default) {
                return sibling;
            }
        }
        return null;
    }

    /** Detaching a partition changes the default partition's implicit constraint: it is locked too. */
    private static void lockDefault(CommandContext ctx, Table parent) {
        Table def = defaultPartition(ctx, parent);
        if (def != null) {
            PartitionLocks.lock(ctx, def, LockMode.ACCESS_EXCLUSIVE);
        }
    }

    private static PgException alreadyPending(CommandContext ctx, Table part, Table parent) {
        String schema = ctx.catalog().namespace(parent.namespaceOid()).name();
        return new PgException(SqlState.OBJECT_NOT_IN_PREREQUISITE_STATE, "partition \"" + part.name()
                + "\" already pending detach in partitioned table \"" + schema + "." + parent.name() + "\"")
                .withHint("Use ALTER TABLE ... DETACH PARTITION ... FINALIZE to complete the pending detach operation.");
    }

    /** The table leaves the tree, keeping its rows, columns and indexes. */
    private static void finish(CommandContext ctx, Table part) {
        Partitioning p = part.partitioning().withParent(0, null);
        Table detached = part.withPartitioning(p.orNull());
        ctx.change(k -> k.withRelation(detached));
        PartitionTriggers.dropClonesOnDetach(ctx, detached);
    }
}
