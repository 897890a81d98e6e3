package dev.olifant.sql.ast;

import java.util.List;

/**
 * {@code EXECUTE name [(args)]}.
 */
public record ExecuteStmt(String name, List<Expr> params, int location) implements Statement {
    public ExecuteStmt {
        params = List.copyOf(params);
    }
}
