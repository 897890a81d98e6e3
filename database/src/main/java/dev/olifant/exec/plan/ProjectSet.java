package dev.olifant.exec.plan;

import dev.olifant.exec.ExecContext;
import dev.olifant.exec.expr.Expression;
import dev.olifant.types.RecordDescriptor;
import dev.olifant.types.RowValue;
import dev.olifant.types.func.Invokable;
import java.util.Iterator;
import java.util.List;

/**
 * Set-returning functions in a select list (PostgreSQL's ProjectSet): for each input row every
 * function is started, and they are advanced in lockstep; the output row is the input row
 * followed by one value per function, null for a function already exhausted. The input row
 * yields output rows until all functions are exhausted (none when all are empty).
 */
public record ProjectSet(PlanNode input, List<SetFunction> functions) implements PlanNode {

    /**
     * One call: its body (returning an Iterator), argument expressions over the input row,
     * strictness, and for a function with several output columns the shape of the record each of
     * its rows (an {@code Object[]}) becomes, else null.
     */
    public record SetFunction(String name, Invokable body, Expression[] args, boolean strict, RecordDescriptor shape) {
        @SuppressWarnings("unchecked")
        Iterator<Object> start(Object[] row, ExecContext ctx) {
            Object[] values = new Object[args.length];
            for (int i = 0; i < args.length; i++) {
                values[i] = args[i].eval(row, ctx);
                if (values[i] == null && strict) {
                    return java.util.Collections.emptyIterator();
                }
            }
            Iterator<Object> rows = (Iterator<Object>) body.invoke(ctx, values);
            if (shape == null) {
                return rows;
            }
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return rows.hasNext();
                }

                @Override
                public Object next() {
                    return new RowValue(shape, (Object[]) rows.next());
                }
            };
        }
    }

    @Override
    public RowSource open(ExecContext ctx) {
        RowSource in = input.open(ctx);
        int base = input.width();
        return new RowSource() {
            Object[] current;
            Iterator<Object>[] running;

            @SuppressWarnings("unchecked")
            @Override
            public Object[] next() {
                while (true) {
                    if (current == null) {
                        current = in.next();
                        if (current == null) {
                            return null;
                        }
                        running = new Iterator[functions.size()];
                        for (int k = 0; k < running.length; k++) {
                            running[k] = functions.get(k).start(current, ctx);
                        }
                    }
                    Object[] out = new Object[base + running.length];
                    System.arraycopy(current, 0, out, 0, Math.min(base, current.length));
                    boolean any = false;
                    for (int k = 0; k < running.length; k++) {
                        if (running[k].hasNext()) {
                            out[base + k] = running[k].next();
                            any = true;
                        }
                    }
                    ctx.checkInterruptsCheaply();
                    if (any) {
                        return out;
                    }
                    current = null;
                }
            }

            @Override
            public void close() {
                in.close();
            }
        };
    }

    @Override
    public int width() {
        return input.width() + functions.size();
    }

    @Override
    public String explainTitle() {
        return "ProjectSet";
    }

    @Override
    public List<PlanNode> children() {
        return List.of(input);
    }

    @Override
    public double estimatedRows() {
        return input.estimatedRows() * 10;
    }
}
