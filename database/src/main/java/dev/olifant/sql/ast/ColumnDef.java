package dev.olifant.sql.ast;

import java.util.List;

/**
 * A column definition {@code name type [COLLATE c] [constraints]}.
 * @param collation null when absent
 * @param constraints column constraints in order (NOT NULL, NULL, DEFAULT, CHECK, …)
 * @param location offset of the column name
 */
public record ColumnDef(
        String name,
        TypeName type,
        QualifiedName collation,
        List<Constraint> constraints,
        int location) implements TableElement {
    public ColumnDef {
        constraints = List.copyOf(constraints);
    }
}
