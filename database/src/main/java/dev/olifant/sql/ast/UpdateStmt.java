package dev.olifant.sql.ast;

import java.util.List;

/**
 * {@code UPDATE [ONLY] t [AS a] SET … [FROM …] [WHERE … | WHERE CURRENT OF c] [RETURNING …]}.
 * @param with null when absent
 * @param where null when absent; a {@link CurrentOf} for WHERE CURRENT OF
 */
public record UpdateStmt(
        WithClause with,
        TableRef table,
        List<SetClause> set,
        List<FromItem> from,
        Expr where,
        List<SelectTarget> returning,
        int location) implements PreparableStatement {
    public UpdateStmt {
        set = List.copyOf(set);
        from = List.copyOf(from);
        returning = List.copyOf(returning);
    }
}
