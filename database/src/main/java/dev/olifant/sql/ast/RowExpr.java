package dev.olifant.sql.ast;

import java.util.List;

/**
 * A row constructor {@code ROW(a, b)} or {@code (a, b)}.
 * @param explicitRow true when written with ROW
 * @param location offset of ROW or of the parenthesis
 */
public record RowExpr(List<Expr> args, boolean explicitRow, int location) implements Expr {
    public RowExpr {
        args = List.copyOf(args);
    }
}
