package dev.olifant.exec.dml;

import dev.olifant.catalog.Table;
import dev.olifant.catalog.Trigger;
import dev.olifant.exec.ExecContext;
import dev.olifant.exec.plan.LeafTid;
import dev.olifant.exec.plan.RowSource;
import dev.olifant.exec.plan.Rows;
import dev.olifant.lock.RowLockMode;
import dev.olifant.storage.TupleVersion;
import java.util.ArrayList;
import java.util.List;

/**
 * UPDATE and DELETE of a partitioned table. The source reads the partitioned table through its
 * partitions, so each row's tuple id slot names the leaf it is stored in ({@link LeafTid}); the
 * version is claimed in that leaf, and the new values (computed in the partitioned table's
 * layout) are routed again: when they still belong to the same leaf the row is updated in
 * place, otherwise it is deleted there and inserted into the leaf it now belongs to (row
 * movement, as PostgreSQL's ExecCrossPartitionUpdate); through a table with inheritance children
 * there is no routing and each row stays in its table. A moving row is claimed FOR UPDATE, as a
 * delete is, and its old version is marked {@link TupleVersion#MOVED}, so that a transaction
 * waiting for it fails with 40001 rather than taking the row for deleted. READ COMMITTED
 * re-checks a row a concurrent transaction changed first against its newest version, as
 * {@link UpdateNode} does. The leaves' row triggers fire as {@link LeafWriters} describes; the
 * partitioned table's statement triggers fire around the whole statement.
 */
final class PartitionedModify {
    private final UpdateNode node;
    private final ExecContext ctx;
    private final Table root;
    private final PartitionRouting routing;
    private final LeafWriters leaves;
    private final int event;

    PartitionedModify(UpdateNode node, ExecContext ctx) {
        this.node = node;
        this.ctx = ctx;
        this.root = node.target().table();
        this.routing = node.target().routing();
        this.leaves = new LeafWriters(ctx);
        if (routing != null) {
            leaves.routedFrom(routing, root);
        }
        this.event = node.newValues() == null ? Trigger.TYPE_DELETE : Trigger.TYPE_UPDATE;
    }

    ModifyResult run(RowLockMode mode) {
        RowTriggers statement = RowTriggers.open(ctx, root, event);
        if (statement != null) {
            leaves.adopt(root, event, statement);
        }
        List<Object[]> out = new ArrayList<>();
        long n = 0;
        int offset = node.tableOffset();
        int ncols = root.columns().size();
        try (RowSource in = node.source().open(ctx)) {
            Object[] row;
            while ((row = in.next()) != null) {
                ctx.checkInterruptsCheaply();
                if (!(row[offset + ncols] instanceof LeafTid lt)) {
                    continue;
                }
                LeafWriters.Leaf leaf = leaves.leaf(lt.leaf());
                Object tidValue = write(leaf, lt.tid(), row, mode);
                if (tidValue == null) {
                    continue;
                }
                n++;
                if (node.returning() != null) {
                    Object[] after = row;
                    if (tidValue instanceof Object[] written) {
                        after = written;
                    }
                    Returning.collect(node.returning(), after, ctx, out);
                }
            }
        }
        leaves.finish();
        return new ModifyResult(out, n);
    }

    /**
     * Claims, re-checks and writes one source row; returns null when it was skipped, otherwise
     * the source row as RETURNING sees it (the new values and tuple id for UPDATE).
     */
    /**
     * Where a row's new values go: routed again in a partition tree; through a table with
     * inheritance children the row stays in the table it is stored in.
     */
    private PartitionRouting.Routed route(LeafWriters.Leaf leaf, long tid, Object[] values) {
        return routing != null ? routing.route(values, ctx.settings(), ctx.regLookup())
                : InheritedRows.inPlace(root, leaf.table, values, leaf.stored(tid));
    }

    private Object write(LeafWriters.Leaf leaf, long tid, Object[] row, RowLockMode mode) {
        int offset = node.tableOffset();
        int ncols = root.columns().size();
        boolean update = node.newValues() != null;
        Object[] values = null;
        PartitionRouting.Routed routed = null;
        boolean triggered = false;
        boolean lockFirst = true;
        while (true) {
            if (update && !triggered) {
                values = new Object[ncols];
                for (int i = 0; i < ncols; i++) {
                    values[i] = node.newValues()[i].eval(row, ctx);
                }
                routed = route(leaf, tid, values);
            }
            boolean moving = update && routed.leaf().oid() != leaf.table.oid();
            if (lockFirst) {
                lockFirst = leaf.hasBeforeRow(event) || moving && leaf.hasBeforeRow(Trigger.TYPE_DELETE);
            }
            RowLockMode m = moving ? RowLockMode.UPDATE : mode;
            LockResult r = lockFirst ? RowTriggers.lockForTrigger(ctx, leaf.table, tid, m)
                    : leaf.writer.claim(tid, moving ? TupleVersion.MOVED : TupleVersion.NO_NEXT, m);
            if (r == LockResult.SELF_UPDATED) {
                return null;
            }
            if (r == LockResult.OK) {
                if (!lockFirst) {
                    return written(leaf, tid, row, values, routed, moving);
                }
                // BEFORE ROW triggers run on the locked row; it is claimed once they have
                Object[] old = leaf.stored(tid);
                RowTriggers before = leaf.rows(event);
                if (before != null && before.hasBeforeRow()) {
                    Object[] result = before.beforeRow(old, update
                            ? PartitionRouting.convert(root, leaf.table, values) : null);
                    if (result == null) {
                        return null;
                    }
                    if (update) {
                        values = PartitionRouting.convert(leaf.table, root, result);
                        routed = route(leaf, tid, values);
                        triggered = true;
                    }
                }
                if (update && routed.leaf().oid() != leaf.table.oid()) {
                    RowTriggers deletes = leaf.rows(Trigger.TYPE_DELETE);
                    if (deletes != null && deletes.beforeRow(old, null) == null) {
                        return null;
                    }
                }
                lockFirst = false;
                continue;
            }
            long newest = leaf.writer.newestVersion(tid);
            if (newest < 0) {
                return null;
            }
            Object[] current = PartitionRouting.convert(leaf.table, root, leaf.stored(newest));
            row = row.clone();
            System.arraycopy(current, 0, row, offset, ncols);
            row[offset + ncols] = new LeafTid(leaf.table, newest);
            if (!Rows.passes(node.recheck(), row, ctx)) {
                return null;
            }
            tid = newest;
            triggered = false;
            lockFirst = true;
        }
    }

    /** Writes a claimed row: deleted, updated in its leaf, or moved to another one. */
    private Object written(LeafWriters.Leaf leaf, long tid, Object[] row, Object[] values,
            PartitionRouting.Routed routed, boolean moving) {
        int offset = node.tableOffset();
        int ncols = root.columns().size();
        Object[] old = leaf.stored(tid);
        if (values == null || moving) {
            leaf.deleted(old);
            if (values == null) {
                return row;
            }
        }
        Object tidValue;
        if (moving) {
            long newTid = leaves.insert(routed);
            tidValue = newTid < 0 ? null : new LeafTid(routed.leaf(), newTid);
            if (newTid >= 0) {
                values = PartitionRouting.convert(routed.leaf(), root, leaves.lastInserted());
            }
        } else {
            long newTid = leaf.replace(tid, old, routed.values());
            tidValue = new LeafTid(leaf.table, newTid);
        }
        Object[] after = row.clone();
        System.arraycopy(values, 0, after, offset, ncols);
        after[offset + ncols] = tidValue;
        return after;
    }
}
