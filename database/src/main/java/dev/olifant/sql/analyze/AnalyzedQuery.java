package dev.olifant.sql.analyze;

import dev.olifant.exec.plan.PlanNode;
import java.util.List;

/** A query ready to run: its plan and the columns of the rows the plan yields. */
public record AnalyzedQuery(PlanNode plan, List<ResultColumn> columns) {
}
