package dev.olifant.exec.plan;

import dev.olifant.exec.ExecContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Computes window functions over one window (PostgreSQL's WindowAgg). The input arrives sorted by
 * the partition keys then the ORDER BY keys; each output row is the input row with one value per
 * function appended, so stacked WindowAggs (one per distinct window) leave every earlier slot in
 * place and the query's window results are the last values of the row.
 *
 * <p>Rows are peers when their ORDER BY keys are equal (all rows of a partition are peers when the
 * window has no ORDER BY); RANGE and GROUPS frames and rank() are defined over peer groups.
 */
public record WindowAgg(PlanNode input, List<SortKey> partition, List<SortKey> order, WindowFrameSpec frame,
        List<WindowFunc> functions) implements PlanNode {

    @Override
    public RowSource open(ExecContext ctx) {
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> partKeys = new ArrayList<>();
        List<Object[]> orderKeys = new ArrayList<>();
        try (RowSource in = input.open(ctx)) {
            Object[] r;
            while ((r = in.next()) != null) {
                ctx.checkInterruptsCheaply();
                rows.add(r);
                partKeys.add(keys(partition, r, ctx));
                orderKeys.add(keys(order, r, ctx));
            }
        }
        int width = input.width();
        List<Object[]> out = new ArrayList<>(rows.size());
        int start = 0;
        while (start < rows.size()) {
            int end = start + 1;
            while (end < rows.size() && same(partition, partKeys.get(start), partKeys.get(end))) {
                end++;
            }
            WindowPartition p = new WindowPartition(rows.subList(start, end), orderKeys.subList(start, end), this, ctx);
            Object[][] values = p.compute();
            for (int i = 0; i < end - start; i++) {
                Object[] row = rows.get(start + i);
                Object[] o = new Object[width + functions.size()];
                System.arraycopy(row, 0, o, 0, Math.min(row.length, width));
                System.arraycopy(values[i], 0, o, width, functions.size());
                out.add(o);
            }
            start = end;
        }
        var it = out.iterator();
        return () -> it.hasNext() ? it.next() : null;
    }

    private static Object[] keys(List<SortKey> keys, Object[] row, ExecContext ctx) {
        Object[] k = new Object[keys.size()];
        for (int i = 0; i < k.length; i++) {
            k[i] = keys.get(i).expr().eval(row, ctx);
        }
        return k;
    }

    /** Whether two key tuples are equal under the keys' orderings (NULLs equal to each other). */
    static boolean same(List<SortKey> keys, Object[] a, Object[] b) {
        for (int i = 0; i < keys.size(); i++) {
            if (keys.get(i).compare(a[i], b[i]) != 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int width() {
        return input.width() + functions.size();
    }

    @Override
    public String explainTitle() {
        return "WindowAgg";
    }

    @Override
    public List<PlanNode> children() {
        return List.of(input);
    }

    @Override
    public double estimatedRows() {
        return input.estimatedRows();
    }
}
