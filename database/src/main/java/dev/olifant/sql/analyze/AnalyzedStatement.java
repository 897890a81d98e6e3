package dev.olifant.sql.analyze;

import dev.olifant.exec.plan.PlanNode;
import java.util.List;

/**
 * A statement after analysis: a query or data-modifying plan with the columns it returns (none
 * for DML without RETURNING), and the verb of its command tag.
 */
public record AnalyzedStatement(Kind kind, PlanNode plan, List<ResultColumn> columns, boolean returnsRows) {

    /** What the statement does, which decides its command tag. */
    public enum Kind { SELECT, INSERT, UPDATE, DELETE, MERGE }
}
