package dev.olifant.exec.plan;

import dev.olifant.catalog.Cluster;
import dev.olifant.exec.ExecContext;
import dev.olifant.exec.Interrupts;
import dev.olifant.exec.SessionServices;
import dev.olifant.exec.expr.Expression;
import dev.olifant.exec.expr.Slot;
import dev.olifant.txn.IsolationLevel;
import dev.olifant.txn.Transaction;
import dev.olifant.types.FormatSettings;
import dev.olifant.types.Types;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Rows in memory as plan inputs, an execution context, and a helper that runs a plan, for join tests. */
final class JoinNodeFixture {
    private JoinNodeFixture() {
    }

    /** A plan yielding fixed rows of the given width. */
    record Fixed(List<Object[]> rows, int width) implements PlanNode {
        @Override
        public RowSource open(ExecContext ctx) {
            var it = rows.iterator();
            return () -> it.hasNext() ? it.next().clone() : null;
        }

        @Override
        public String explainTitle() {
            return "Fixed";
        }

        @Override
        public List<PlanNode> children() {
            return List.of();
        }
    }

    static ExecContext context() {
        Cluster cluster = Cluster.initialize("postgres");
        Transaction t = new Transaction(cluster.transactions(), IsolationLevel.READ_COMMITTED, false);
        SessionServices services = (SessionServices) Proxy.newProxyInstance(SessionServices.class.getClassLoader(),
                new Class<?>[] {SessionServices.class}, (p, m, a) -> {
                    Class<?> r = m.getReturnType();
                    return r == int.class ? 0 : r == long.class ? 0L : r == boolean.class ? false : null;
                });
        return new ExecContext(t, cluster.transactions().snapshot(), new Object[0],
                FormatSettings.defaults(ZoneOffset.UTC), Instant.now(), Instant.now(), new Interrupts(), null,
                services);
    }

    static Expression slot(int i) {
        return new Slot(i, Types.INT4, -1, "c" + i);
    }

    static List<List<Object>> run(PlanNode plan, ExecContext ctx) {
        List<List<Object>> out = new ArrayList<>();
        try (RowSource src = plan.open(ctx)) {
            Object[] r;
            while ((r = src.next()) != null) {
                out.add(Arrays.asList(r));
            }
        }
        return out;
    }

    static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }
}
