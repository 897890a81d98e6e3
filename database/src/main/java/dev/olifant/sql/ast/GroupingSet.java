package dev.olifant.sql.ast;

import java.util.List;

/**
 * A GROUP BY grouping construct: {@code ()}, {@code ROLLUP(…)}, {@code CUBE(…)}, {@code GROUPING
 * SETS(…)}. Elements of ROLLUP / CUBE that are parenthesized lists are {@link RowExpr}s without
 * ROW; elements of GROUPING SETS are expressions, RowExprs or nested GroupingSets.
 */
public record GroupingSet(GroupingSetKind kind, List<Expr> content, int location) implements Expr {
    public GroupingSet {
        content = List.copyOf(content);
    }
}
