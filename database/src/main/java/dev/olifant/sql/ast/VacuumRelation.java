package dev.olifant.sql.ast;

import java.util.List;

/**
 * A table of VACUUM / ANALYZE with optional columns.
 */
public record VacuumRelation(QualifiedName table, List<String> columns) {
    public VacuumRelation {
        columns = List.copyOf(columns);
    }
}
