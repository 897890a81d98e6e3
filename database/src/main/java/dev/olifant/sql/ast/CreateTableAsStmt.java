package dev.olifant.sql.ast;

import java.util.List;

/**
 * {@code CREATE [TEMP] TABLE [IF NOT EXISTS] name [(cols)] [WITH (…)] AS query [WITH [NO] DATA]}.
 * @param withData false for WITH NO DATA
 */
public record CreateTableAsStmt(
        QualifiedName name,
        Persistence persistence,
        boolean ifNotExists,
        List<String> columnNames,
        List<DefElem> options,
        SelectStmt query,
        boolean withData,
        int location) implements Statement {
    public CreateTableAsStmt {
        columnNames = List.copyOf(columnNames);
        options = List.copyOf(options);
    }
}
