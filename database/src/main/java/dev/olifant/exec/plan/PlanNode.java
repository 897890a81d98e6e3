package dev.olifant.exec.plan;

import dev.olifant.exec.ExecContext;
import java.util.List;

/** A node of an execution plan. */
public interface PlanNode {

    RowSource open(ExecContext ctx);

    /** Number of values in each row this node yields. */
    int width();

    /** The node's line in EXPLAIN, e.g. {@code Seq Scan on t}. */
    String explainTitle();

    /** Detail lines under the title, e.g. {@code Filter: (a = 1)}. */
    default List<String> explainDetails() {
        return List.of();
    }

    List<PlanNode> children();

    /** Estimated number of rows, for EXPLAIN and join planning. */
    default double estimatedRows() {
        return 1000;
    }
}
