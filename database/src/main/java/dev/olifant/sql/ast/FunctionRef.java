package dev.olifant.sql.ast;

import java.util.List;

/**
 * A function in FROM: {@code [LATERAL] f(…) [WITH ORDINALITY] [AS alias (cols)]} or {@code ROWS
 * FROM (f(…), g(…))}.
 * @param functions the function call(s); more than one only for ROWS FROM
 * @param rowsFrom written as ROWS FROM (…)
 * @param alias null when absent
 */
public record FunctionRef(
        List<Expr> functions,
        boolean rowsFrom,
        boolean lateral,
        boolean withOrdinality,
        Alias alias,
        int location) implements FromItem {
    public FunctionRef {
        functions = List.copyOf(functions);
    }
}
