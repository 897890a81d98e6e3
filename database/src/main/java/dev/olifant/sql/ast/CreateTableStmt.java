package dev.olifant.sql.ast;

import java.util.List;

/**
 * {@code CREATE [TEMP | UNLOGGED] TABLE [IF NOT EXISTS] name (elements) [INHERITS (…)] [WITH (…)]
 * [ON COMMIT …]}.
 * @param options WITH (storage parameters)
 */
public record CreateTableStmt(
        QualifiedName name,
        Persistence persistence,
        boolean ifNotExists,
        List<TableElement> elements,
        List<QualifiedName> inherits,
        List<DefElem> options,
        OnCommitAction onCommit,
        int location) implements Statement {
    public CreateTableStmt {
        elements = List.copyOf(elements);
        inherits = List.copyOf(inherits);
        options = List.copyOf(options);
    }
}
