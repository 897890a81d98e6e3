package dev.olifant.sql.ast;

import java.util.List;

/**
 * {@code TRUNCATE [TABLE] [ONLY] name [*], … [RESTART | CONTINUE IDENTITY] [CASCADE | RESTRICT]}.
 */
public record TruncateStmt(
        List<TableRef> tables,
        boolean restartIdentity,
        DropBehavior behavior,
        int location) implements Statement {
    public TruncateStmt {
        tables = List.copyOf(tables);
    }
}
