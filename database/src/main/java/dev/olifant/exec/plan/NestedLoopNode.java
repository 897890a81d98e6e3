package dev.olifant.exec.plan;

import java.util.Arrays;
import java.util.List;

/**
 * What the two nested loops ({@link NestedLoopJoin} over a materialised inner side, {@link
 * ParamNestedLoop} over a parameterised index scan) show alike: their EXPLAIN title and join
 * filter, and their two children.
 */
interface NestedLoopNode extends PlanNode {
    PlanNode outer();

    PlanNode inner();

    JoinKind kind();

    /** The join condition as EXPLAIN prints it, or null. */
    String conditionText();

    @Override
    default String explainTitle() {
        return kind().nestedLoopTitle();
    }

    @Override
    default List<String> explainDetails() {
        return conditionText() == null ? List.of() : List.of("Join Filter: " + conditionText());
    }

    @Override
    default List<PlanNode> children() {
        return Arrays.asList(outer(), inner());
    }
}
