package dev.olifant.commands;

import dev.olifant.catalog.Index;
import dev.olifant.catalog.PartitionTree;
import dev.olifant.catalog.Relation;
import dev.olifant.catalog.Table;
import dev.olifant.exec.TableLocks;
import dev.olifant.lock.LockMode;

/**
 * The locks DDL takes on the rest of a partition tree, as PostgreSQL's: dropping a partitioned
 * table (or an index on one) locks every partition ACCESS EXCLUSIVE, parents before partitions;
 * dropping a partition locks its parent ACCESS EXCLUSIVE first.
 */
final class PartitionLocks {
    private PartitionLocks() {
    }

    static void forDrop(CommandContext ctx, Relation r) {
        Table table = r instanceof Table t ? t
                : r instanceof Index ix && ctx.catalog().relation(ix.tableOid()) instanceof Table t ? t : null;
        if (table == null) {
            return;
        }
        if (r instanceof Table && table.isPartition()) {
            Table parent = PartitionTree.parent(ctx.catalog(), table);
            if (parent != null) {
                lock(ctx, parent, LockMode.ACCESS_EXCLUSIVE);
            }
        }
        if (table.isPartitioned()) {
            for (Table t : PartitionTree.tree(ctx.catalog(), table)) {
                lock(ctx, t, LockMode.ACCESS_EXCLUSIVE);
            }
        }
    }

    static void lock(CommandContext ctx, Table t, LockMode mode) {
        TableLocks.lock(ctx.exec(), t.oid(), mode, false, t::name);
    }
}
