package dev.olifant.sql.ast;

import java.util.List;

/**
 * {@code ALTER DATABASE name [WITH] option …} (ALLOW_CONNECTIONS, CONNECTION LIMIT, IS_TEMPLATE).
 */
public record AlterDatabaseStmt(String name, List<DefElem> options, int location) implements Statement {
    public AlterDatabaseStmt {
        options = List.copyOf(options);
    }
}
