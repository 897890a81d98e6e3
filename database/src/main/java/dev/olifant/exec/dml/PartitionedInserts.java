package dev.olifant.exec.dml;

import dev.olifant.catalog.Table;
import dev.olifant.exec.ExecContext;
import dev.olifant.exec.TableLocks;
import dev.olifant.lock.LockMode;
import dev.olifant.catalog.Trigger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Plain inserts into a partitioned table (COPY FROM): each row routed to its leaf partition and
 * written there with the leaf's constraints, indexes, foreign keys and INSERT row triggers (the
 * clones of the partitioned table's and the leaf's own). A leaf is locked ROW
 * EXCLUSIVE when the first row goes to it.
 */
public final class PartitionedInserts {
    private final ExecContext ctx;
    private final RoutePath path;
    private final PartitionRouting routing;
    private final Map<Long, Leaf> leaves = new HashMap<>();

    /** AFTER ROW events of every leaf, in the order rows were written. */
    private final List<Runnable> afterRows = new ArrayList<>();

    private record Leaf(Table table, TableWriter writer, ForeignKeys fks, RowTriggers inserts) {
    }

    private final Table root;
    private boolean writing;
    private Leaf current;

    public PartitionedInserts(TableTarget target, ExecContext ctx) {
        this.ctx = ctx;
        this.root = target.table();
        this.routing = target.routing();
        this.path = new RoutePath(ctx, routing);
    }

    /**
     * Routes and writes one row of the partitioned table (values in its attnum order), with the
     * leaf's INSERT row triggers; false when a BEFORE ROW trigger skipped it.
     */
    public boolean insert(Object[] values) {
        writing = false;
        current = null;
        PartitionRouting.Routed r = routing.route(values, ctx);
        path.enter(r.leaf(), values);
        Leaf leaf = leaves.computeIfAbsent(r.leaf().oid(), oid -> {
            TableLocks.lock(ctx, oid, LockMode.ROW_EXCLUSIVE, false, r.leaf()::name);
            TableTarget target = ctx.services().writeTarget(oid);
            RowTriggers inserts = RowTriggers.openRows(ctx, target.table(), Trigger.TYPE_INSERT);
            if (inserts != null) {
                inserts.queueInto(afterRows);
                inserts.staysIn(routing, root);
            }
            return new Leaf(target.table(), new TableWriter(target, ctx), ForeignKeys.open(ctx, target.table()),
                    inserts);
        });
        current = leaf;
        Object[] leafValues = r.values();
        if (leaf.inserts() != null) {
            leafValues = leaf.inserts().beforeRow(null, leafValues);
            if (leafValues == null) {
                return false;
            }
        }
        leaf.writer().checkRow(leafValues);
        writing = true;
        long tid = leaf.writer().insert(leafValues);
        if (leaf.fks() != null) {
            leaf.fks().inserted(leaf.table(), tid);
        }
        if (leaf.inserts() != null) {
            leaf.inserts().afterRow(null, leafValues);
        }
        return true;
    }

    /** Whether the last row failed while it was written (not while it was routed and checked). */
    boolean writing() {
        return writing;
    }

    /** Whether the leaf the last row went to has BEFORE ROW INSERT triggers. */
    boolean hasBeforeRow() {
        return current != null && current.inserts() != null && current.inserts().hasBeforeRow();
    }

    public void finish() {
        for (Leaf l : leaves.values()) {
            l.writer().finish();
            if (l.fks() != null) {
                l.fks().finish();
            }
        }
        for (Runnable r : afterRows) {
            r.run();
        }
        afterRows.clear();
    }
}
