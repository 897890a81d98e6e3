package dev.olifant.sql.ast;

import java.util.List;

/**
 * {@code x [NOT] IN (a, b, …)}.
 * @param location offset of IN (or of NOT)
 */
public record InList(Expr arg, List<Expr> list, boolean not, int location) implements Expr {
    public InList {
        list = List.copyOf(list);
    }
}
