package dev.olifant.sql.ast;

import java.util.List;

/**
 * {@code VALUES (…), (…)}; rows may contain {@link DefaultExpr} in INSERT.
 * @param location offset of VALUES
 */
public record ValuesClause(List<List<Expr>> rows, int location) implements QueryBody {
    public ValuesClause {
        rows = List.copyOf(rows);
    }
}
