package dev.olifant.sql.ast;

import java.util.List;

/**
 * {@code GREATEST(…)} and {@code LEAST(…)}.
 * @param greatest true for GREATEST
 */
public record MinMax(boolean greatest, List<Expr> args, int location) implements Expr {
    public MinMax {
        args = List.copyOf(args);
    }
}
