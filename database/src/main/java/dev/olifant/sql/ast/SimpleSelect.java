package dev.olifant.sql.ast;

import java.util.List;

/**
 * {@code SELECT [DISTINCT [ON (…)]] targets [FROM …] [WHERE …] [GROUP BY …] [HAVING …] [WINDOW
 * …]}. {@code TABLE name} is parsed as {@code SELECT * FROM name}.
 * @param distinct DISTINCT (with or without ON)
 * @param distinctOn the DISTINCT ON expressions, empty for plain DISTINCT or none
 * @param targets the target list (may be empty: {@code SELECT FROM t})
 * @param where null when absent
 * @param groupByDistinct GROUP BY DISTINCT
 * @param groupBy grouping expressions, ordinals and {@link GroupingSet}s
 * @param having null when absent
 * @param windows WINDOW clause definitions
 * @param location offset of SELECT
 */
public record SimpleSelect(
        boolean distinct,
        List<Expr> distinctOn,
        List<SelectTarget> targets,
        List<FromItem> from,
        Expr where,
        boolean groupByDistinct,
        List<Expr> groupBy,
        Expr having,
        List<WindowDef> windows,
        int location) implements QueryBody {
    public SimpleSelect {
        distinctOn = List.copyOf(distinctOn);
        targets = List.copyOf(targets);
        from = List.copyOf(from);
        groupBy = List.copyOf(groupBy);
        windows = List.copyOf(windows);
    }
}
