package dev.olifant.exec.plan;

import dev.olifant.catalog.Table;
import dev.olifant.exec.ExecContext;
import dev.olifant.exec.expr.Expression;
import dev.olifant.storage.Heap;
import dev.olifant.storage.TupleVersion;
import dev.olifant.txn.ssi.SerializableXact;
import java.util.List;

/** Sequential scan: every version in the heap, kept when visible and passing the filter. */
public record SeqScan(Table table, String alias, int offset, int rowWidth, Expression filter, double estimatedRows) implements PlanNode {

    @Override
    public RowSource open(ExecContext ctx) {
        Heap heap = table.storage().heap();
        long end = heap.size();
        SerializableXact ssi = ctx.serializable();
        if (ssi != null) {
            ssi.readRelation(heap);
        }
        return new RowSource() {
            long tid;

            @Override
            public Object[] next() {
                while (tid < end) {
                    long current = tid++;
                    ctx.checkInterruptsCheaply();
                    TupleVersion t = heap.fetch(current);
                    if (t == null) {
                        tid = heap.nextInUse(tid); // skips chunks vacuum freed
                        continue;
                    }
                    boolean visible = ctx.isVisible(t);
                    if (ssi != null) {
                        ssi.checkRead(t, visible);
                    }
                    if (!visible) {
                        continue;
                    }
                    Object[] row = TableSlots.row(table, t, current, offset, rowWidth);
                    if (Rows.passes(filter, row, ctx)) {
                        return row;
                    }
                }
                return null;
            }
        };
    }

    @Override
    public int width() {
        return rowWidth;
    }

    @Override
    public String explainTitle() {
        return "Seq Scan on " + table.name() + (alias != null && !alias.equals(table.name()) ? " " + alias : "");
    }

    @Override
    public List<String> explainDetails() {
        return Rows.filterDetail(filter);
    }

    @Override
    public List<PlanNode> children() {
        return List.of();
    }
}
