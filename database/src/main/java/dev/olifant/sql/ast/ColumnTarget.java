package dev.olifant.sql.ast;

import java.util.List;

/**
 * A target column of INSERT (column list) or UPDATE SET, with optional subscripts or field names
 * ({@code SET a[1] = …}, {@code SET c.f = …}).
 * @param name the column name
 * @param indirection subscripts ({@link Subscript} with a null arg) and field selections ({@link
 *     FieldSelect} with a null arg), in order; empty for a plain column
 * @param location offset of the column name
 */
public record ColumnTarget(String name, List<Expr> indirection, int location) {
    public ColumnTarget {
        indirection = List.copyOf(indirection);
    }
}
