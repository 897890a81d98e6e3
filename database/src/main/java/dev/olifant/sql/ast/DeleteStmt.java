package dev.olifant.sql.ast;

import java.util.List;

/**
 * {@code DELETE FROM [ONLY] t [AS a] [USING …] [WHERE …] [RETURNING …]}.
 * @param with null when absent
 * @param where null when absent; a {@link CurrentOf} for WHERE CURRENT OF
 */
public record DeleteStmt(
        WithClause with,
        TableRef table,
        List<FromItem> using,
        Expr where,
        List<SelectTarget> returning,
        int location) implements PreparableStatement {
    public DeleteStmt {
        using = List.copyOf(using);
        returning = List.copyOf(returning);
    }
}
