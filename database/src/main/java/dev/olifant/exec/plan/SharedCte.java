package dev.olifant.exec.plan;

import dev.olifant.exec.ExecContext;
import java.util.ArrayList;
import java.util.List;

/**
 * A WITH query computed once per execution of its statement and read by every reference (the
 * CTE Scan of PostgreSQL): a data-modifying WITH query runs exactly once, whether it is read
 * zero, one or several times, and every reader sees its RETURNING rows. The rows are kept for the
 * execution context they were computed in; one session runs one statement at a time.
 */
public final class SharedCte implements PlanNode {
    private final PlanNode query;
    private final String name;
    private ExecContext computedFor;
    private List<Object[]> rows;

    public SharedCte(PlanNode query, String name) {
        this.query = query;
        this.name = name;
    }

    /** Runs the query for this execution unless it already ran. */
    public void materialize(ExecContext ctx) {
        if (computedFor == ctx) {
            return;
        }
        List<Object[]> out = new ArrayList<>();
        try (RowSource in = query.open(ctx)) {
            Object[] r;
            while ((r = in.next()) != null) {
                out.add(r);
            }
        }
        rows = out;
        computedFor = ctx;
    }

    @Override
    public RowSource open(ExecContext ctx) {
        materialize(ctx);
        var it = rows.iterator();
        return () -> it.hasNext() ? it.next() : null;
    }

    @Override
    public int width() {
        return query.width();
    }

    @Override
    public String explainTitle() {
        return "CTE Scan on " + name;
    }

    @Override
    public List<PlanNode> children() {
        return List.of();
    }
}
