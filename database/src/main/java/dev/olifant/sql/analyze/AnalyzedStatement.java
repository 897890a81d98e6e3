package dev.olifant.sql.analyze;

import dev.olifant.exec.plan.PlanNode;
import java.util.List;

/**
 * A statement after analysis: a query or data-modifying plan with the columns it returns (none
 * for DML without RETURNING), the verb of its command tag, and the table privileges it needs,
 * checked each time it starts to run.
 */
public record AnalyzedStatement(Kind kind, PlanNode plan, List<ResultColumn> columns, boolean returnsRows,
        RequiredPrivileges privileges) {

    /** What the statement does, which decides its command tag. */
    public enum Kind { SELECT, INSERT, UPDATE, DELETE, MERGE }

    /** A statement whose privileges are not known yet (they are attached once its analysis ends). */
    public AnalyzedStatement(Kind kind, PlanNode plan, List<ResultColumn> columns, boolean returnsRows) {
        this(kind, plan, columns, returnsRows, RequiredPrivileges.NONE);
    }

    /** This statement needing {@code required}. */
    public AnalyzedStatement withPrivileges(RequiredPrivileges required) {
        return new AnalyzedStatement(kind, plan, columns, returnsRows, required);
    }
}
