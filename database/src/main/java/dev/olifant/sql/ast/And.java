package dev.olifant.sql.ast;

import java.util.List;

/**
 * AND of two or more operands; a left-nested chain {@code a AND b AND c} is flattened into one
 * node (as PostgreSQL does).
 * @param location offset of the first AND
 */
public record And(List<Expr> args, int location) implements Expr {
    public And {
        args = List.copyOf(args);
    }
}
