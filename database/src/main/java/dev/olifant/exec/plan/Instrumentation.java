package dev.olifant.exec.plan;

import dev.olifant.exec.ExecContext;
import dev.olifant.exec.expr.Expression;
import dev.olifant.types.PgType;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * EXPLAIN ANALYZE's per-node counters (PostgreSQL's Instrumentation): {@link #instrument} copies
 * a plan with every node wrapped in {@link Instrumented}, which counts loops (opens), rows and time
 * to the first and the last row, and with each scan filter wrapped to count the rows it removes.
 * Plan nodes are records, so the copy rebuilds each through its canonical constructor.
 */
public final class Instrumentation {
    private Instrumentation() {
    }

    /** What one node did during the run. */
    public static final class Stats {
        long loops;
        long rows;
        long startupNanos;
        long totalNanos;
        long removedByFilter;

        public long loops() {
            return loops;
        }

        /** Rows per loop, as PostgreSQL prints them. */
        public double rowsPerLoop() {
            return loops == 0 ? 0 : (double) rows / loops;
        }

        public double startupMillisPerLoop() {
            return loops == 0 ? 0 : startupNanos / 1e6 / loops;
        }

        public double totalMillisPerLoop() {
            return loops == 0 ? 0 : totalNanos / 1e6 / loops;
        }

        public double removedByFilterPerLoop() {
            return loops == 0 ? 0 : (double) removedByFilter / loops;
        }
    }

    /**
     * A node with its counters: {@code inner} runs (its children instrumented too), {@code original}
     * is what EXPLAIN describes.
     */
    public record Instrumented(PlanNode inner, PlanNode original, Stats stats) implements PlanNode {
        @Override
        public RowSource open(ExecContext ctx) {
            long t0 = System.nanoTime();
            stats.loops++;
            RowSource src = inner.open(ctx);
            stats.totalNanos += System.nanoTime() - t0;
            return new RowSource() {
                boolean first = true;

                @Override
                public Object[] next() {
                    long t = System.nanoTime();
                    Object[] r = src.next();
                    long now = System.nanoTime();
                    stats.totalNanos += now - t;
                    if (first) {
                        stats.startupNanos += now - t0;
                        first = false;
                    }
                    if (r != null) {
                        stats.rows++;
                    }
                    return r;
                }

                @Override
                public void close() {
                    src.close();
                }
            };
        }

        @Override
        public int width() {
            return inner.width();
        }

        @Override
        public String explainTitle() {
            return original.explainTitle();
        }

        @Override
        public List<String> explainDetails() {
            return original.explainDetails();
        }

        @Override
        public List<PlanNode> children() {
            return inner.children();
        }

        @Override
        public double estimatedRows() {
            return inner.estimatedRows();
        }
    }

    /** Counts the rows a scan's filter rejects. */
    record CountingFilter(Expression inner, Stats stats) implements Expression {
        @Override
        public Object eval(Object[] row, ExecContext ctx) {
            Object v = inner.eval(row, ctx);
            if (!Boolean.TRUE.equals(v)) {
                stats.removedByFilter++;
            }
            return v;
        }

        @Override
        public PgType type() {
            return inner.type();
        }
    }

    /** A copy of {@code plan} with every node instrumented. */
    public static PlanNode instrument(PlanNode plan) {
        Stats stats = new Stats();
        return new Instrumented(rebuild(plan, stats), plan, stats);
    }

    private static PlanNode rebuild(PlanNode node, Stats stats) {
        if (!(node instanceof Record r)) {
            return node;
        }
        RecordComponent[] components = r.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        boolean changed = false;
        try {
            for (int i = 0; i < components.length; i++) {
                RecordComponent c = components[i];
                types[i] = c.getType();
                var accessor = c.getAccessor();
                accessor.setAccessible(true);
                Object v = accessor.invoke(r);
                if (v instanceof PlanNode child && PlanNode.class.isAssignableFrom(c.getType())) {
                    v = instrument(child);
                    changed = true;
                } else if (v instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof PlanNode) {
                    List<PlanNode> copy = new ArrayList<>();
                    for (Object o : list) {
                        copy.add(instrument((PlanNode) o));
                    }
                    v = copy;
                    changed = true;
                } else if (v instanceof Expression e && c.getName().equals("filter")
                        && c.getType() == Expression.class) {
                    v = new CountingFilter(e, stats);
                    changed = true;
                }
                values[i] = v;
            }
            if (!changed) {
                return node;
            }
            Constructor<?> ctor = r.getClass().getDeclaredConstructor(types);
            ctor.setAccessible(true);
            return (PlanNode) ctor.newInstance(values);
        } catch (ReflectiveOperationException e) {
            return node;
        }
    }
}
