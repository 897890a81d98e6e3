package dev.olifant.sql.ast;

import java.util.List;

/**
 * {@code GROUPING(a, b, …)} in a grouped query.
 */
public record GroupingFunc(List<Expr> args, int location) implements Expr {
    public GroupingFunc {
        args = List.copyOf(args);
    }
}
