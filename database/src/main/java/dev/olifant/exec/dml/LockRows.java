package dev.olifant.exec.dml;

import dev.olifant.catalog.Table;
import dev.olifant.exec.ExecContext;
import dev.olifant.exec.expr.Expression;
import dev.olifant.exec.plan.PlanNode;
import dev.olifant.exec.plan.RowSource;
import dev.olifant.exec.plan.Rows;
import dev.olifant.exec.plan.TableSlots;
import dev.olifant.lock.RowLockMode;
import dev.olifant.sql.ast.LockWaitPolicy;
import dev.olifant.storage.TupleVersion;
import java.util.Arrays;
import java.util.List;

/**
 * SELECT's locking clause (PostgreSQL's LockRows node): locks, in each row the source yields,
 * the row of every table the clause names, before LIMIT sees it.
 *
 * <p>Source rows are the SELECT list (and hidden sort columns) followed by a copy of the FROM
 * row, {@code fromWidth} wide from {@code fromOffset}, which holds each table's tuple id. When a
 * committed concurrent transaction updated a row first, READ COMMITTED does what EvalPlanQual
 * does: take the newest version, check {@code recheck} (the WHERE condition) against the FROM row
 * with that version, and if it still qualifies lock it and compute the output again through
 * {@code outputs}; a deleted row, or one that no longer qualifies, is left out. SKIP LOCKED
 * leaves out rows it cannot lock at once.
 */
public record LockRows(PlanNode source, List<Target> targets, int fromOffset, int fromWidth, Expression[] outputs,
        Expression recheck) implements PlanNode {

    /** A table to lock: its segment's offset in the FROM row, the mode and the wait policy. */
    public record Target(Table table, int segmentOffset, RowLockMode mode, LockWaitPolicy policy) {
    }

    @Override
    public RowSource open(ExecContext ctx) {
        RowSource in = source.open(ctx);
        return new RowSource() {
            @Override
            public Object[] next() {
                Object[] row;
                while ((row = in.next()) != null) {
                    Object[] locked = lockAll(row, ctx);
                    if (locked != null) {
                        return locked;
                    }
                }
                return null;
            }

            @Override
            public void close() {
                in.close();
            }
        };
    }

    /** Locks every target's row; returns the row to emit (recomputed after a re-check) or null to skip it. */
    private Object[] lockAll(Object[] row, ExecContext ctx) {
        Object[] from = null;
        for (Target t : targets) {
            int ncols = t.table().columns().size();
            int tidSlot = fromOffset + t.segmentOffset() + ncols;
            Table table = t.table();
            long tid;
            if (row[tidSlot] instanceof Long plain) {
                tid = plain;
            } else if (row[tidSlot] instanceof dev.olifant.exec.plan.LeafTid leaf) {
                table = leaf.leaf();
                tid = leaf.tid();
            } else {
                continue; // the null side of an outer join
            }
            while (true) {
                ctx.checkInterruptsCheaply();
                RowLocking.Outcome o = RowLocking.lock(ctx, table, tid, t.mode(), t.policy());
                if (o == RowLocking.Outcome.LOCKED) {
                    break;
                }
                if (o != RowLocking.Outcome.UPDATED) {
                    return null;
                }
                long newest = newestVersion(ctx, table, tid);
                if (newest < 0) {
                    return null;
                }
                TupleVersion v = table.storage().heap().fetch(newest);
                if (from == null) {
                    from = Arrays.copyOfRange(row, fromOffset, fromOffset + fromWidth);
                }
                Object[] segment;
                Object tidValue = newest;
                if (table != t.table()) {
                    Object[] leafValues = TableSlots.row(table, v, newest, 0, table.columns().size() + 1);
                    Object[] mapped = PartitionRouting.convert(table, t.table(),
                            Arrays.copyOf(leafValues, table.columns().size()));
                    segment = new Object[fromWidth];
                    System.arraycopy(mapped, 0, segment, t.segmentOffset(), ncols);
                    tidValue = new dev.olifant.exec.plan.LeafTid(table, newest);
                    segment[t.segmentOffset() + ncols] = tidValue;
                } else {
                    segment = TableSlots.row(table, v, newest, t.segmentOffset(), fromWidth);
                }
                System.arraycopy(segment, t.segmentOffset(), from, t.segmentOffset(), ncols + 1);
                if (!Rows.passes(recheck, from, ctx)) {
                    return null;
                }
                tid = newest;
                row = row.clone();
                row[tidSlot] = tidValue;
            }
        }
        if (from == null) {
            return row;
        }
        Object[] out = row.clone();
        for (int i = 0; i < fromOffset; i++) {
            out[i] = outputs[i].eval(from, ctx);
        }
        System.arraycopy(from, 0, out, fromOffset, fromWidth);
        return out;
    }

    /** The newest version reachable from {@code tid} through update links, or -1 when the row was deleted. */
    static long newestVersion(ExecContext ctx, Table table, long tid) {
        long current = tid;
        while (true) {
            TupleVersion t = table.storage().heap().fetch(current);
            if (t == null) {
                return -1;
            }
            long next = t.next();
            if (next == TupleVersion.MOVED && t.xmax() != 0
                    && ctx.transactions().state(t.xmax()) == dev.olifant.txn.XactState.COMMITTED) {
                throw RowLocking.movedToAnotherPartition();
            }
            if (next == TupleVersion.NO_NEXT || next == TupleVersion.MOVED) {
                long xmax = t.xmax();
                if (xmax != 0 && !t.lockOnly()
                        && ctx.transactions().state(xmax) == dev.olifant.txn.XactState.COMMITTED) {
                    return -1;
                }
                return current;
            }
            // a version whose updater has not committed is the newest one this statement may use:
            // locking it then waits for (or, under NOWAIT / SKIP LOCKED, refuses) that updater
            long xmax = t.xmax();
            if (xmax == 0 || ctx.transactions().state(xmax) != dev.olifant.txn.XactState.COMMITTED) {
                return current;
            }
            current = next;
        }
    }

    @Override
    public int width() {
        return source.width();
    }

    @Override
    public String explainTitle() {
        return "LockRows";
    }

    @Override
    public List<PlanNode> children() {
        return List.of(source);
    }

}
