package dev.olifant.commands;

import dev.olifant.catalog.Index;
import dev.olifant.catalog.PartitionTree;
import dev.olifant.catalog.Relation;
import dev.olifant.catalog.Table;
import dev.olifant.exec.TableLocks;
import dev.olifant.lock.LockMode;

/**
 * The locks DDL takes on the rest of a partition tree, as PostgreSQL's: dropping a partitioned
 * table (or an index on one) locks every partition ACCESS EXCLUSIVE, parents before partitions
 * (and then, for an index, the partitions' indexes that belong to it);
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
            java.util.List<Table> tree = PartitionTree.tree(ctx.catalog(), table);
            for (Table t : tree) {
                lock(ctx, t, LockMode.ACCESS_EXCLUSIVE);
            }
            if (r instanceof Index ix) {
                lockIndexTree(ctx, tree, ix.oid());
            }
        }
    }

    /** The partitions' indexes that descend from {@code index}, ACCESS EXCLUSIVE, level by level. */
    private static void lockIndexTree(CommandContext ctx, java.util.List<Table> tree, long index) {
        java.util.Set<Long> parents = new java.util.HashSet<>(java.util.Set.of(index));
        for (Table t : tree) {
            Table now = (Table) ctx.catalog().relation(t.oid());
            if (now == null || now.partitioning() == null) {
                continue;
            }
            for (var e : now.partitioning().indexParents().entrySet()) {
                if (parents.contains(e.getValue())) {
                    parents.add(e.getKey());
                    TableLocks.lock(ctx.exec(), e.getKey(), LockMode.ACCESS_EXCLUSIVE, false, now::name);
                }
            }
        }
    }

    static void lock(CommandContext ctx, Table t, LockMode mode) {
        TableLocks.lock(ctx.exec(), t.oid(), mode, false, t::name);
    }
}
