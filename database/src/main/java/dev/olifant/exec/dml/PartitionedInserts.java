package dev.olifant.exec.dml;

import dev.olifant.catalog.Table;
import dev.olifant.exec.ExecContext;
import dev.olifant.exec.TableLocks;
import dev.olifant.lock.LockMode;
import java.util.HashMap;
import java.util.Map;

/**
 * Plain inserts into a partitioned table (COPY FROM): each row routed to its leaf partition and
 * written there with the leaf's constraints, indexes and foreign keys. A leaf is locked ROW
 * EXCLUSIVE when the first row goes to it.
 */
public final class PartitionedInserts {
    private final ExecContext ctx;
    private final PartitionRouting routing;
    private final Map<Long, Leaf> leaves = new HashMap<>();

    private record Leaf(Table table, TableWriter writer, ForeignKeys fks) {
    }

    public PartitionedInserts(TableTarget target, ExecContext ctx) {
        this.ctx = ctx;
        this.routing = target.routing();
    }

    /** Routes and writes one row of the partitioned table (values in its attnum order). */
    public void insert(Object[] values) {
        PartitionRouting.Routed r = routing.route(values, ctx.settings(), ctx.regLookup());
        Leaf leaf = leaves.computeIfAbsent(r.leaf().oid(), oid -> {
            TableLocks.lock(ctx, oid, LockMode.ROW_EXCLUSIVE, false, r.leaf()::name);
            TableTarget target = ctx.services().writeTarget(oid);
            return new Leaf(target.table(), new TableWriter(target, ctx), ForeignKeys.open(ctx, target.table()));
        });
        leaf.writer().checkRow(r.values());
        long tid = leaf.writer().insert(r.values());
        if (leaf.fks() != null) {
            leaf.fks().inserted(leaf.table(), tid);
        }
    }

    public void finish() {
        for (Leaf l : leaves.values()) {
            l.writer().finish();
            if (l.fks() != null) {
                l.fks().finish();
            }
        }
    }
}
