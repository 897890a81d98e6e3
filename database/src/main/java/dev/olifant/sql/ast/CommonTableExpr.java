package dev.olifant.sql.ast;

import java.util.List;

/**
 * One WITH item; its query may be a data-modifying statement.
 * @param columnNames empty when absent
 * @param location offset of the name
 */
public record CommonTableExpr(
        String name,
        List<String> columnNames,
        CteMaterialized materialized,
        PreparableStatement query,
        int location) {
    public CommonTableExpr {
        columnNames = List.copyOf(columnNames);
    }
}
