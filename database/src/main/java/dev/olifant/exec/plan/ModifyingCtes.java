package dev.olifant.exec.plan;

import dev.olifant.exec.ExecContext;
import java.util.List;

/**
 * A statement with data-modifying WITH queries: they run to completion first, all on the
 * statement's snapshot and command id, so neither they nor the main statement see each other's
 * changes (PostgreSQL's rule); then the main statement runs and yields its own result.
 */
public record ModifyingCtes(PlanNode main, List<SharedCte> ctes) implements PlanNode {

    @Override
    public RowSource open(ExecContext ctx) {
        for (SharedCte c : ctes) {
            c.materialize(ctx);
        }
        return main.open(ctx);
    }

    @Override
    public int width() {
        return main.width();
    }

    @Override
    public String explainTitle() {
        return null;
    }

    @Override
    public List<PlanNode> children() {
        return List.of(main);
    }

    @Override
    public double estimatedRows() {
        return main.estimatedRows();
    }
}
