package dev.olifant.exec.dml;

import dev.olifant.catalog.Table;
import dev.olifant.catalog.Trigger;
import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.exec.ExecContext;
import dev.olifant.exec.TableLocks;
import dev.olifant.exec.expr.Expression;
import dev.olifant.exec.expr.Slot;
import dev.olifant.exec.plan.RowSource;
import dev.olifant.exec.plan.Rows;
import dev.olifant.lock.LockMode;
import dev.olifant.lock.RowLockMode;
import dev.olifant.storage.TupleVersion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * INSERT into a partitioned table: each row is routed to its leaf partition and written there,
 * with the leaf's constraints and indexes; ON CONFLICT consults the leaf's index that descends
 * from the arbiter. Rows, SET expressions and RETURNING stay in the partitioned table's layout;
 * only what is stored is in the leaf's. A leaf is locked ROW EXCLUSIVE when the first row is
 * routed to it, as PostgreSQL opens partitions lazily.
 */
final class RoutedInsert {
    private final InsertNode node;
    private final ExecContext ctx;
    private final PartitionRouting routing;
    private final Table root;
    private final RoutePath path;
    private final Map<Long, Leaf> leaves = new HashMap<>();

    /**
     * A leaf's writer, foreign key checks and INSERT and UPDATE row triggers (null when none fire),
     * made when the first row goes to it.
     */
    private record Leaf(Table table, TableWriter writer, ForeignKeys fks, RowTriggers inserts, RowTriggers updates) {
    }

    /** The partitioned table's statement triggers: INSERT's, and UPDATE's for ON CONFLICT DO UPDATE. */
    private RowTriggers statement;
    private RowTriggers updateStatement;
    /** AFTER ROW events of every leaf, in the order rows were written. */
    private final List<Runnable> afterRows = new ArrayList<>();

    RoutedInsert(InsertNode node, ExecContext ctx) {
        this.node = node;
        this.ctx = ctx;
        this.routing = node.target().routing();
        this.root = node.target().table();
        this.path = new RoutePath(ctx, routing);
    }

    ModifyResult run() {
        List<Object[]> out = new ArrayList<>();
        long n = 0;
        int width = root.columns().size() + 1;
        statement = RowTriggers.open(ctx, root, Trigger.TYPE_INSERT);
        if (node.onConflict() != null && node.onConflict().doUpdate()) {
            updateStatement = RowTriggers.open(ctx, root, Trigger.TYPE_UPDATE);
        }
        try (RowSource in = node.source().open(ctx)) {
            Object[] values;
            while ((values = in.next()) != null) {
                ctx.checkInterruptsCheaply();
                Object[] written = insert(values, width);
                if (written == null) {
                    continue;
                }
                n++;
                Returning.collect(node.returning(), written, ctx, out);
            }
        }
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
        if (updateStatement != null) {
            updateStatement.finish();
        }
        if (statement != null) {
            statement.finish();
        }
        return new ModifyResult(out, n);
    }

    /** Writes one row; returns it in the root's layout with its tuple id, or null when ON CONFLICT skipped it. */
    private Object[] insert(Object[] values, int width) {
        PartitionRouting.Routed r = routing.route(values, ctx);
        path.enter(r.leaf(), values);
        Leaf leaf = leaf(r.leaf());
        Object[] leafValues = r.values();
        if (leaf.inserts() != null) {
            // BEFORE ROW INSERT runs before the conflict check, and may not move the row elsewhere
            leafValues = leaf.inserts().beforeRow(null, leafValues);
            if (leafValues == null) {
                return null;
            }
            values = PartitionRouting.convert(leaf.table(), root, leafValues);
        }
        if (node.onConflict() != null) {
            Object[] updated = resolveConflict(leaf, values, leafValues, width);
            if (updated != null) {
                return updated == SKIPPED ? null : updated;
            }
        }
        leaf.writer().checkRow(leafValues);
        long tid = leaf.writer().insert(leafValues);
        if (leaf.fks() != null) {
            leaf.fks().inserted(leaf.table(), tid);
        }
        if (leaf.inserts() != null) {
            leaf.inserts().afterRow(null, leafValues);
        }
        Object[] row = java.util.Arrays.copyOf(values, width);
        row[width - 1] = tid;
        return row;
    }

    Leaf leaf(Table table) {
        return leaves.computeIfAbsent(table.oid(), oid -> {
            TableLocks.lock(ctx, oid, LockMode.ROW_EXCLUSIVE, false, table::name);
            TableTarget target = ctx.services().writeTarget(oid);
            RowTriggers inserts = RowTriggers.openRows(ctx, target.table(), Trigger.TYPE_INSERT);
            RowTriggers updates = node.onConflict() != null && node.onConflict().doUpdate()
                    ? RowTriggers.openRows(ctx, target.table(), Trigger.TYPE_UPDATE) : null;
            if (inserts != null) {
                inserts.queueInto(afterRows);
                inserts.staysIn(routing, root);
            }
            if (updates != null) {
                updates.queueInto(afterRows);
            }
            return new Leaf(target.table(), new TableWriter(target, ctx), ForeignKeys.open(ctx, target.table()),
                    inserts, updates);
        });
    }

    private static final Object[] SKIPPED = new Object[0];

    /** As {@link InsertNode}'s, against the leaf: null to insert, SKIPPED, or the updated row (root layout). */
    private Object[] resolveConflict(Leaf leaf, Object[] values, Object[] leafValues, int width) {
        InsertNode.OnConflict oc = node.onConflict();
        List<TableTarget.IndexTarget> arbiters = new ArrayList<>();
        for (TableTarget.IndexTarget ix : oc.arbiters()) {
            long leafIx = routing.leafIndex(leaf.table(), ix.index().oid());
            for (TableTarget.IndexTarget lx : leaf.writer().indexes()) {
                if (lx.index().oid() == leafIx) {
                    arbiters.add(lx);
                }
            }
        }
        TableWriter w = leaf.writer();
        while (true) {
            long found = 0;
            for (TableTarget.IndexTarget ix : arbiters) {
                found = w.findConflict(ix, ix.key(leafValues), -1, false);
                if (found != 0) {
                    break;
                }
            }
            if (found == 0) {
                return null;
            }
            if (found > 0) {
                w.await(found);
                continue;
            }
            long tid = -found - 1;
            w.checkConflictVisible(tid);
            if (!oc.doUpdate()) {
                return SKIPPED;
            }
            TupleVersion existing = w.heap().fetch(tid);
            Object[] existingRoot = PartitionRouting.convert(leaf.table(), root, stored(leaf.table(), existing));
            Object[] joined = new Object[width * 2];
            System.arraycopy(existingRoot, 0, joined, 0, width - 1);
            joined[width - 1] = tid;
            System.arraycopy(values, 0, joined, width, values.length);
            if (!Rows.passes(oc.where(), joined, ctx)) {
                return SKIPPED;
            }
            LockResult r = w.claim(tid, TupleVersion.NO_NEXT, lockMode());
            if (r == LockResult.UPDATED) {
                continue;
            }
            if (r == LockResult.SELF_UPDATED) {
                throw new PgException(SqlState.CARDINALITY_VIOLATION,
                        "ON CONFLICT DO UPDATE command cannot affect row a second time").withHint(
                        "Ensure that no rows proposed for insertion within the same command have duplicate constrained values.");
            }
            Object[] newValues = new Object[width - 1];
            for (int i = 0; i < newValues.length; i++) {
                newValues[i] = oc.set()[i].eval(joined, ctx);
            }
            PartitionRouting.Routed moved = routing.route(newValues, ctx.settings(), ctx.regLookup());
            if (moved.leaf().oid() != leaf.table().oid()) {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "invalid ON UPDATE specification")
                        .withDetail("The result tuple would appear in a different partition than the original tuple.");
            }
            Object[] newLeaf = moved.values();
            if (leaf.updates() != null) {
                newLeaf = leaf.updates().beforeRow(stored(leaf.table(), existing), newLeaf);
                if (newLeaf == null) {
                    return SKIPPED;
                }
                newValues = PartitionRouting.convert(leaf.table(), root, newLeaf);
            }
            w.checkRow(newLeaf);
            long newTid = w.insertReplacement(newLeaf, tid);
            if (leaf.fks() != null) {
                leaf.fks().updated(leaf.table(), stored(leaf.table(), existing), newLeaf, newTid);
            }
            if (leaf.updates() != null) {
                leaf.updates().afterRow(stored(leaf.table(), existing), newLeaf);
            }
            Object[] row = java.util.Arrays.copyOf(newValues, width);
            row[width - 1] = newTid;
            return row;
        }
    }

    /**
     * The row lock DO UPDATE takes (PostgreSQL's ExecUpdateLockMode): FOR NO KEY UPDATE when the SET
     * list leaves every column of the partitioned table's unique indexes as it is, else FOR UPDATE.
     */
    private RowLockMode lockMode() {
        Expression[] set = node.onConflict().set();
        for (TableTarget.IndexTarget ix : node.target().indexes()) {
            if (!ix.index().unique()) {
                continue;
            }
            for (int attnum : ix.attnums()) {
                if (attnum > 0 && !(set[attnum - 1] instanceof Slot s && s.index() == attnum - 1)) {
                    return RowLockMode.UPDATE;
                }
            }
        }
        return RowLockMode.NO_KEY_UPDATE;
    }

    /** A stored version's values, with the missing values of columns added since it was written. */
    private static Object[] stored(Table t, TupleVersion v) {
        Object[] values = java.util.Arrays.copyOf(v.values(), t.columns().size());
        for (int i = v.values().length; i < values.length; i++) {
            values[i] = t.columns().get(i).missingValue();
        }
        return values;
    }
}
