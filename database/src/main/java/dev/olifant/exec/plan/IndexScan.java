package dev.olifant.exec.plan;

import dev.olifant.catalog.Index;
import dev.olifant.catalog.Table;
import dev.olifant.exec.ExecContext;
import dev.olifant.exec.expr.Expression;
import dev.olifant.exec.expr.ExpressionText;
import dev.olifant.storage.OrderedIndex;
import dev.olifant.storage.TupleVersion;
import dev.olifant.txn.ssi.SerializableXact;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Index scan: equality on a prefix of the index's key columns, optionally a range on the next
 * one, in index order (or reverse). Range bounds are also kept in {@code filter}, which is
 * re-checked on every visible version, so NULL entries at the end of the index never leak in.
 *
 * @param equalKeys  values for the leading key columns (evaluated once per open)
 * @param low        lower bound for the next key column, or null
 * @param high       upper bound for the next key column, or null
 * @param indexCond  the conditions the index answers, for EXPLAIN
 * @param shownFilter the part of {@code filter} EXPLAIN shows: without the re-checked range bounds
 */
public record IndexScan(Table table, String alias, int offset, int rowWidth, Index index, Expression[] equalKeys, Expression low,
        boolean lowInclusive, Expression high, boolean highInclusive, boolean reverse, Expression filter,
        String indexCond, Expression shownFilter, double estimatedRows) implements PlanNode {

    @Override
    public RowSource open(ExecContext ctx) {
        OrderedIndex storage = table.storage().index(index.oid());
        Iterator<Long> tids;
        var heap = table.storage().heap();
        SerializableXact ssi = ctx.serializable();
        Object[] prefix = new Object[equalKeys.length];
        for (int i = 0; i < equalKeys.length; i++) {
            prefix[i] = equalKeys[i].eval(null, ctx);
            if (prefix[i] == null) {
                return Rows.empty();
            }
        }
        if (low == null && high == null) {
            tids = prefix.length == 0 ? storage.range(null, true, null, true, reverse) : lookupPrefix(storage, prefix);
            if (ssi != null) {
                Object[] bound = prefix.length == 0 ? null : prefix;
                ssi.readRange(heap, storage, storage.order(), bound, true, bound, true);
            }
        } else {
            Object lo = low == null ? null : low.eval(null, ctx);
            Object hi = high == null ? null : high.eval(null, ctx);
            if (low != null && lo == null || high != null && hi == null) {
                return Rows.empty();
            }
            Object[] loKey = low == null ? (prefix.length == 0 ? null : prefix) : append(prefix, lo);
            Object[] hiKey = high == null ? (prefix.length == 0 ? null : prefix) : append(prefix, hi);
            tids = storage.range(loKey, low == null || lowInclusive, hiKey, high == null || highInclusive, reverse);
            if (ssi != null) {
                ssi.readRange(heap, storage, storage.order(), loKey, low == null || lowInclusive, hiKey,
                        high == null || highInclusive);
            }
        }
        Iterator<Long> source = tids;
        return () -> {
            while (source.hasNext()) {
                long tid = source.next();
                ctx.checkInterruptsCheaply();
                TupleVersion t = heap.fetch(tid);
                if (t == null) {
                    continue;
                }
                boolean visible = ctx.isVisible(t);
                if (ssi != null) {
                    ssi.checkRead(t, visible);
                    if (visible) {
                        ssi.readTuple(heap, tid);
                    }
                }
                if (!visible) {
                    continue;
                }
                Object[] row = TableSlots.row(table, t, tid, offset, rowWidth);
                if (Rows.passes(filter, row, ctx)) {
                    return row;
                }
            }
            return null;
        };
    }

    private Iterator<Long> lookupPrefix(OrderedIndex storage, Object[] prefix) {
        return reverse ? storage.range(prefix, true, prefix, true, true) : storage.lookup(prefix);
    }

    private static Object[] append(Object[] prefix, Object v) {
        Object[] k = java.util.Arrays.copyOf(prefix, prefix.length + 1);
        k[prefix.length] = v;
        return k;
    }

    /** The same scan with other values for the leading key columns (a parameterised scan's per-row lookup). */
    public IndexScan withEqualKeys(Expression[] keys) {
        return new IndexScan(table, alias, offset, rowWidth, index, keys, low, lowInclusive, high, highInclusive,
                reverse, filter, indexCond, shownFilter, estimatedRows);
    }

    /** The same scan read in the other direction. */
    public IndexScan reversed() {
        return new IndexScan(table, alias, offset, rowWidth, index, equalKeys, low, lowInclusive, high, highInclusive,
                !reverse, filter, indexCond, shownFilter, estimatedRows);
    }

    @Override
    public int width() {
        return rowWidth;
    }

    @Override
    public String explainTitle() {
        return "Index Scan" + (reverse ? " Backward" : "") + " using " + index.name() + " on " + table.name()
                + (alias != null && !alias.equals(table.name()) ? " " + alias : "");
    }

    @Override
    public List<String> explainDetails() {
        List<String> d = new ArrayList<>();
        if (indexCond != null) {
            d.add("Index Cond: " + indexCond);
        }
        if (shownFilter != null) {
            d.add("Filter: " + ExpressionText.of(shownFilter));
        }
        return d;
    }

    @Override
    public List<PlanNode> children() {
        return List.of();
    }
}
