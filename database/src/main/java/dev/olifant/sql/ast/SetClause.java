package dev.olifant.sql.ast;

import java.util.List;

/**
 * One UPDATE assignment: {@code c = e}, or with several columns {@code (a, b) = (e1, e2)}, {@code
 * (a, b) = ROW(…)}, {@code (a, b) = (SELECT …)}; the multi-column form has a {@link RowExpr} or
 * {@link ScalarSubquery} value.
 * @param value the value, may be a {@link DefaultExpr}
 * @param multi written with a parenthesized column list
 */
public record SetClause(
        List<ColumnTarget> columns,
        Expr value,
        boolean multi,
        int location) {
    public SetClause {
        columns = List.copyOf(columns);
    }
}
