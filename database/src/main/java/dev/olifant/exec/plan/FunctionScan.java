package dev.olifant.exec.plan;

import dev.olifant.exec.ExecContext;
import dev.olifant.exec.expr.Expression;
import dev.olifant.types.func.Invokable;
import java.util.Iterator;
import java.util.List;

/**
 * A set-returning function in FROM (generate_series, unnest): its arguments are evaluated once
 * per scan, its values placed at {@code offset} (a function with several output columns yields an
 * {@code Object[]} per row), followed by the row number WITH ORDINALITY.
 */
public record FunctionScan(String name, String alias, Invokable function, Expression[] args, boolean strict,
        boolean ordinality, int offset, int rowWidth, Expression filter) implements PlanNode {

    @Override
    public RowSource open(ExecContext ctx) {
        Object[] values = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            values[i] = args[i].eval(null, ctx);
            if (values[i] == null && strict) {
                return Rows.empty();
            }
        }
        @SuppressWarnings("unchecked")
        Iterator<Object> it = (Iterator<Object>) function.invoke(ctx, values);
        return new RowSource() {
            long n;

            @Override
            public Object[] next() {
                while (it.hasNext()) {
                    Object[] row = new Object[rowWidth];
                    Object v = it.next();
                    int columns = 1;
                    if (v instanceof Object[] values) {
                        System.arraycopy(values, 0, row, offset, values.length);
                        columns = values.length;
                    } else {
                        row[offset] = v;
                    }
                    n++;
                    if (ordinality) {
                        row[offset + columns] = n;
                    }
                    ctx.checkInterruptsCheaply();
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
        return "Function Scan on " + name + (alias == null || alias.equals(name) ? "" : " " + alias);
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
