package dev.olifant.exec.dml;

import dev.olifant.catalog.Table;
import dev.olifant.exec.ExecContext;
import dev.olifant.exec.TableLocks;
import dev.olifant.exec.plan.LeafTid;
import dev.olifant.exec.plan.RowSource;
import dev.olifant.exec.plan.Rows;
import dev.olifant.exec.plan.TableSlots;
import dev.olifant.lock.LockMode;
import dev.olifant.lock.RowLockMode;
import dev.olifant.storage.TupleVersion;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * UPDATE and DELETE of a partitioned table. The source reads the partitioned table through its
 * partitions, so each row's tuple id slot names the leaf it is stored in ({@link LeafTid}); the
 * version is claimed in that leaf, and the new values (computed in the partitioned table's
 * layout) are routed again: when they still belong to the same leaf the row is updated in
 * place, otherwise it is deleted there and inserted into the leaf it now belongs to (row
 * movement, as PostgreSQL's ExecCrossPartitionUpdate). READ COMMITTED re-checks a row a
 * concurrent transaction changed first against its newest version, as {@link UpdateNode} does.
 */
final class PartitionedModify {
    private final UpdateNode node;
    private final ExecContext ctx;
    private final Table root;
    private final PartitionRouting routing;
    private final Map<Long, Leaf> leaves = new HashMap<>();

    private record Leaf(Table table, TableWriter writer, ForeignKeys fks) {
    }

    PartitionedModify(UpdateNode node, ExecContext ctx) {
        this.node = node;
        this.ctx = ctx;
        this.root = node.target().table();
        this.routing = node.target().routing();
    }

    private Leaf leaf(Table table) {
        return leaves.computeIfAbsent(table.oid(), oid -> {
            TableLocks.lock(ctx, oid, LockMode.ROW_EXCLUSIVE, false, table::name);
            TableTarget target = ctx.services().writeTarget(oid);
            return new Leaf(target.table(), new TableWriter(target, ctx), ForeignKeys.open(ctx, target.table()));
        });
    }

    ModifyResult run(RowLockMode mode) {
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
                Leaf leaf = leaf(lt.leaf());
                long tid = lt.tid();
                while (true) {
                    LockResult r = leaf.writer().claim(tid, TupleVersion.NO_NEXT, mode);
                    if (r == LockResult.SELF_UPDATED) {
                        row = null;
                        break;
                    }
                    if (r == LockResult.OK) {
                        break;
                    }
                    long newest = leaf.writer().newestVersion(tid);
                    if (newest < 0) {
                        row = null;
                        break;
                    }
                    TupleVersion t = leaf.writer().heap().fetch(newest);
                    Object[] values = PartitionRouting.convert(leaf.table(), root, stored(leaf.table(), t, newest));
                    row = row.clone();
                    System.arraycopy(values, 0, row, offset, ncols);
                    row[offset + ncols] = new LeafTid(leaf.table(), newest);
                    if (!Rows.passes(node.recheck(), row, ctx)) {
                        row = null;
                        break;
                    }
                    tid = newest;
                }
                if (row == null) {
                    continue;
                }
                n++;
                Object[] oldLeafValues = leaf.fks() == null ? null
                        : Arrays.copyOf(stored(leaf.table(), leaf.writer().heap().fetch(tid), tid),
                                leaf.table().columns().size());
                if (node.newValues() == null) {
                    if (leaf.fks() != null) {
                        leaf.fks().deleted(leaf.table(), oldLeafValues);
                    }
                    Returning.collect(node.returning(), row, ctx, out);
                    continue;
                }
                Object[] values = new Object[ncols];
                for (int i = 0; i < ncols; i++) {
                    values[i] = node.newValues()[i].eval(row, ctx);
                }
                PartitionRouting.Routed routed = routing.route(values, ctx.settings(), ctx.regLookup());
                Object tidValue;
                if (routed.leaf().oid() == leaf.table().oid()) {
                    leaf.writer().checkRow(routed.values());
                    long newTid = leaf.writer().insertReplacement(routed.values(), tid);
                    if (leaf.fks() != null) {
                        leaf.fks().updated(leaf.table(), oldLeafValues, routed.values(), newTid);
                    }
                    tidValue = new LeafTid(leaf.table(), newTid);
                } else {
                    if (leaf.fks() != null) {
                        leaf.fks().deleted(leaf.table(), oldLeafValues);
                    }
                    Leaf target = leaf(routed.leaf());
                    target.writer().checkRow(routed.values());
                    long newTid = target.writer().insert(routed.values());
                    if (target.fks() != null) {
                        target.fks().inserted(target.table(), newTid);
                    }
                    tidValue = new LeafTid(target.table(), newTid);
                }
                if (node.returning() != null) {
                    Object[] after = row.clone();
                    System.arraycopy(values, 0, after, offset, ncols);
                    after[offset + ncols] = tidValue;
                    Returning.collect(node.returning(), after, ctx, out);
                }
            }
        }
        for (Leaf l : leaves.values()) {
            l.writer().finish();
            if (l.fks() != null) {
                l.fks().finish();
            }
        }
        return new ModifyResult(out, n);
    }

    private static Object[] stored(Table t, TupleVersion v, long tid) {
        return Arrays.copyOf(TableSlots.row(t, v, tid, 0, t.columns().size() + 1), t.columns().size());
    }
}
