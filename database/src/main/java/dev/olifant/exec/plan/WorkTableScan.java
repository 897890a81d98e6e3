package dev.olifant.exec.plan;

import dev.olifant.exec.ExecContext;
import java.util.List;

/** Reads a recursive query's working table from inside its recursive term. */
public record WorkTableScan(WorkTable table, int width, String name) implements PlanNode {

    @Override
    public RowSource open(ExecContext ctx) {
        var it = table.rows().iterator();
        return () -> it.hasNext() ? it.next() : null;
    }

    @Override
    public String explainTitle() {
        return "WorkTable Scan on " + name;
    }

    @Override
    public List<PlanNode> children() {
        return List.of();
    }
}
