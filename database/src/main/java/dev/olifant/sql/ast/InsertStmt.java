package dev.olifant.sql.ast;

import java.util.List;

/**
 * {@code INSERT INTO t [AS a] [(cols)] [OVERRIDING …] {query | DEFAULT VALUES} [ON CONFLICT …]
 * [RETURNING …]}.
 * @param with null when absent
 * @param alias null when absent
 * @param columns empty when no column list
 * @param source the VALUES list or query, null for DEFAULT VALUES
 * @param onConflict null when absent
 */
public record InsertStmt(
        WithClause with,
        QualifiedName table,
        String alias,
        List<ColumnTarget> columns,
        OverridingKind overriding,
        SelectStmt source,
        OnConflict onConflict,
        List<SelectTarget> returning,
        int location) implements PreparableStatement {
    public InsertStmt {
        columns = List.copyOf(columns);
        returning = List.copyOf(returning);
    }
}
