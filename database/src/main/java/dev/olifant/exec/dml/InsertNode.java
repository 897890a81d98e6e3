package dev.olifant.exec.dml;

import dev.olifant.exec.ExecContext;
import dev.olifant.exec.expr.Expression;
import dev.olifant.exec.plan.PlanNode;
import dev.olifant.exec.plan.RowSource;
import dev.olifant.exec.plan.Rows;
import dev.olifant.storage.TupleVersion;
import java.util.ArrayList;
import java.util.List;

/**
 * INSERT: each source row is a complete new row in attnum order (defaults already filled in by
 * analysis). With ON CONFLICT, the arbiter unique index is consulted before writing: DO NOTHING
 * skips the row, DO UPDATE claims the existing row and writes its replacement, evaluating the
 * SET list over the existing row followed by the proposed ({@code EXCLUDED}) row.
 */
public record InsertNode(TableTarget target, PlanNode source, Expression[] returning, OnConflict onConflict)
        implements PlanNode {

    /**
     * ON CONFLICT: {@code arbiters} are the unique indexes that decide (all unique indexes when
     * none were named); {@code set} has one expression per attnum; {@code where} filters updates.
     */
    public record OnConflict(List<TableTarget.IndexTarget> arbiters, boolean doUpdate, Expression[] set,
            Expression where) {
    }

    @Override
    public RowSource open(ExecContext ctx) {
        if (target.routing() != null) {
            return new RoutedInsert(this, ctx).run();
        }
        TableWriter w = new TableWriter(target, ctx);
        ForeignKeys fks = ForeignKeys.open(ctx, target.table());
        List<Object[]> out = new ArrayList<>();
        long n = 0;
        int width = target.table().columns().size() + 1;
        RowTriggers triggers = RowTriggers.open(ctx, target.table(), dev.olifant.catalog.Trigger.TYPE_INSERT);
        if (triggers != null) {
            triggers.staysIn(target);
        }
        RowTriggers updateTriggers = onConflict != null && onConflict.doUpdate()
                ? RowTriggers.open(ctx, target.table(), dev.olifant.catalog.Trigger.TYPE_UPDATE) : null;
        if (fks != null) {
            // AFTER triggers share the foreign keys' queue (AFTER STATEMENT: UPDATE's, then INSERT's)
            if (updateTriggers != null) {
                fks.adopt(target.table(), dev.olifant.catalog.Trigger.TYPE_UPDATE, updateTriggers);
            }
            if (triggers != null) {
                fks.adopt(target.table(), dev.olifant.catalog.Trigger.TYPE_INSERT, triggers);
            }
        }
        try (RowSource in = source.open(ctx)) {
            Object[] values;
            while ((values = in.next()) != null) {
                ctx.checkInterruptsCheaply();
                if (triggers != null) {
                    // BEFORE ROW INSERT triggers run before the conflict check, as in PostgreSQL
                    values = triggers.beforeRow(null, values);
                    if (values == null) {
                        continue;
                    }
                }
                long tid = -1;
                if (onConflict != null) {
                    Object[] updated = null;
                    boolean checked = false;
                    while (tid < 0) {
                        updated = resolveConflict(w, values, width, ctx, fks, updateTriggers);
                        if (updated != null) {
                            break;
                        }
                        if (!checked) {
                            w.checkRow(values);
                            checked = true;
                        }
                        tid = w.insertSpeculative(values, onConflict.arbiters());
                    }
                    if (updated == SKIPPED) {
                        continue;
                    }
                    if (updated != null) {
                        n++;
                        Returning.collect(returning, updated, ctx, out);
                        continue;
                    }
                } else {
                    w.checkRow(values);
                    tid = w.insert(values);
                }
                if (triggers != null) {
                    triggers.afterRowBeforeKeys(null, values);
                }
                if (fks != null) {
                    fks.inserted(target.table(), tid);
                }
                if (triggers != null) {
                    triggers.afterRow(null, values);
                }
                n++;
                if (returning != null) {
                    Object[] row = java.util.Arrays.copyOf(values, width);
                    row[width - 1] = tid;
                    Returning.collect(returning, row, ctx, out);
                }
            }
        }
        w.finish();
        if (fks != null) {
            fks.finish();
        } else {
            if (updateTriggers != null) {
                updateTriggers.finish();
            }
            if (triggers != null) {
                triggers.finish();
            }
        }
        return new ModifyResult(out, n);
    }

    private static final Object[] SKIPPED = new Object[0];

    /**
     * PostgreSQL's ExecCheckTupleVisible: under REPEATABLE READ and SERIALIZABLE, a conflicting row
     * the transaction's snapshot does not see (another transaction committed it since) cannot
     * decide the outcome, so the statement fails with a serialization failure; a row this
     * transaction inserted itself is exempt.
     */
    private static void checkVisible(TupleVersion existing, ExecContext ctx) {
        if (ctx.transaction().isolation().usesTransactionSnapshot() && !ctx.isVisible(existing)
                && !ctx.transaction().isCurrent(existing.xmin())) {
            throw new dev.olifant.error.PgException(dev.olifant.error.SqlState.SERIALIZATION_FAILURE,
                    "could not serialize access due to concurrent update");
        }
    }

    /** @return null to insert normally, SKIPPED, or the updated row (table layout) */
    private Object[] resolveConflict(TableWriter w, Object[] values, int width, ExecContext ctx, ForeignKeys fks,
            RowTriggers updateTriggers) {
        Object[][] keys = new Object[onConflict.arbiters().size()][];
        while (true) {
            long found = 0;
            TableTarget.IndexTarget hit = null;
            for (int i = 0; i < keys.length; i++) {
                TableTarget.IndexTarget ix = onConflict.arbiters().get(i);
                if (!ix.covers(values, ctx)) {
                    continue;
                }
                if (keys[i] == null) {
                    keys[i] = ix.key(values, ctx);
                }
                Object[] key = keys[i];
                found = w.findConflict(ix, key, -1, false, true);
                if (found < 0) {
                    w.keys.probed(ix, -found - 1, key);
                }
                if (found != 0) {
                    hit = ix;
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
            TupleVersion existing = w.heap().fetch(tid);
            checkVisible(existing, ctx);
            if (!onConflict.doUpdate()) {
                return SKIPPED;
            }
            Object[] joined = new Object[width * 2];
            System.arraycopy(existing.values(), 0, joined, 0, Math.min(existing.values().length, width - 1));
            joined[width - 1] = tid;
            System.arraycopy(values, 0, joined, width, values.length);
            if (!Rows.passes(onConflict.where(), joined, ctx)) {
                return SKIPPED;
            }
            boolean lockFirst = updateTriggers != null && updateTriggers.hasBeforeRow();
            LockResult r = lockFirst ? lockForTriggers(ctx, tid) : w.claim(tid, TupleVersion.NO_NEXT,
                    dev.olifant.lock.RowLockMode.UPDATE);
            if (r == LockResult.UPDATED) {
                java.util.Arrays.fill(keys, null); // checked from the start again, keys computed anew
                continue;
            }
            if (r == LockResult.SELF_UPDATED) {
                throw new dev.olifant.error.PgException(dev.olifant.error.SqlState.CARDINALITY_VIOLATION,
                        "ON CONFLICT DO UPDATE command cannot affect row a second time").withHint(
                        "Ensure that no rows proposed for insertion within the same command have duplicate constrained values.");
            }
            Object[] newValues = new Object[width - 1];
            for (int i = 0; i < newValues.length; i++) {
                newValues[i] = onConflict.set()[i].eval(joined, ctx);
            }
            Object[] oldValues = java.util.Arrays.copyOf(joined, width - 1);
            if (lockFirst) {
                newValues = updateTriggers.beforeRow(oldValues, newValues);
                if (newValues == null) {
                    return SKIPPED;
                }
                w.claim(tid, TupleVersion.NO_NEXT, dev.olifant.lock.RowLockMode.UPDATE);
            }
            w.checkRow(newValues);
            long newTid = w.insertReplacement(newValues, tid);
            if (updateTriggers != null) {
                updateTriggers.afterRowBeforeKeys(oldValues, newValues);
            }
            if (fks != null) {
                fks.updated(target.table(), oldValues, newValues, newTid);
            }
            if (updateTriggers != null) {
                updateTriggers.afterRow(oldValues, newValues);
            }
            Object[] row = java.util.Arrays.copyOf(newValues, width);
            row[width - 1] = newTid;
            assert hit != null;
            return row;
        }
    }

    /** Locks the conflicting row before BEFORE ROW UPDATE triggers run (claiming would mark it deleted). */
    private LockResult lockForTriggers(ExecContext ctx, long tid) {
        return RowTriggers.lockForTrigger(ctx, target.table(), tid, dev.olifant.lock.RowLockMode.UPDATE);
    }

    @Override
    public int width() {
        return returning == null ? 0 : returning.length;
    }

    @Override
    public String explainTitle() {
        return "Insert on " + target.table().name();
    }

    @Override
    public List<PlanNode> children() {
        return List.of(source);
    }
}
