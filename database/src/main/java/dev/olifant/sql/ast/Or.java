package dev.olifant.sql.ast;

import java.util.List;

/**
 * OR of two or more operands; left-nested chains are flattened like {@link And}.
 * @param location offset of the first OR
 */
public record Or(List<Expr> args, int location) implements Expr {
    public Or {
        args = List.copyOf(args);
    }
}
