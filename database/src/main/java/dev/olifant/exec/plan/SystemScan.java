package dev.olifant.exec.plan;

import dev.olifant.catalog.system.SystemView;
import dev.olifant.exec.ExecContext;
import dev.olifant.exec.expr.Expression;
import java.util.Iterator;
import java.util.List;

/** Scans a system view: its rows are computed from the catalog when the scan opens. */
public record SystemScan(SystemView view, String alias, int offset, int rowWidth, Expression filter)
        implements PlanNode {

    @Override
    public RowSource open(ExecContext ctx) {
        Iterator<Object[]> it = view.rows(ctx.services().systemContext()).iterator();
        return () -> {
            while (it.hasNext()) {
                Object[] v = it.next();
                Object[] row = new Object[rowWidth];
                System.arraycopy(v, 0, row, offset, v.length);
                if (Rows.passes(filter, row, ctx)) {
                    return row;
                }
            }
            return null;
        };
    }

    @Override
    public int width() {
        return rowWidth;
    }

    @Override
    public String explainTitle() {
        return "Seq Scan on " + view.name() + (alias != null && !alias.equals(view.name()) ? " " + alias : "");
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
