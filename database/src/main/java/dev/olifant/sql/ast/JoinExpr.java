package dev.olifant.sql.ast;

import java.util.List;

/**
 * A join. CROSS JOIN has neither condition nor USING; NATURAL joins have {@code natural} set.
 * @param on ON condition, null when absent
 * @param using USING columns, empty when absent
 * @param alias alias of a parenthesized join {@code (a JOIN b) AS j}, null when absent
 * @param location offset of the JOIN keyword phrase
 */
public record JoinExpr(
        JoinType type,
        boolean natural,
        FromItem left,
        FromItem right,
        Expr on,
        List<String> using,
        Alias alias,
        int location) implements FromItem {
    public JoinExpr {
        using = List.copyOf(using);
    }
}
