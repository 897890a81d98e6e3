package dev.olifant.sql.ast;

import java.util.List;

/**
 * {@code COALESCE(a, b, …)}.
 */
public record Coalesce(List<Expr> args, int location) implements Expr {
    public Coalesce {
        args = List.copyOf(args);
    }
}
