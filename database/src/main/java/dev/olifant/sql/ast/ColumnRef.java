package dev.olifant.sql.ast;

import java.util.List;

/**
 * A column reference: {@code c}, {@code t.c}, {@code s.t.c}, or with {@code star} the wildcard
 * {@code *}, {@code t.*}.
 * @param fields the name parts before the star, or all parts; empty for a bare {@code *}
 * @param star true for {@code *} and {@code t.*}
 * @param location offset of the first part
 */
public record ColumnRef(List<String> fields, boolean star, int location) implements Expr {
    public ColumnRef {
        fields = List.copyOf(fields);
    }
}
