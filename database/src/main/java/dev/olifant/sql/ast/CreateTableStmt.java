package dev.olifant.sql.ast;

import java.util.List;

/**
 * {@code CREATE [TEMP | UNLOGGED] TABLE [IF NOT EXISTS] name (elements) [INHERITS (…)] [WITH (…)]
 * [ON COMMIT …]}, and {@code CREATE TABLE name PARTITION OF parent [(elements)] bound}; either
 * may end in {@code PARTITION BY …}.
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
        int location,
        PartitionSpec partitionBy,
        QualifiedName partitionOf,
        PartitionBoundSpec bound) implements Statement {

    /** A table outside any partition tree. */
    public CreateTableStmt(QualifiedName name, Persistence persistence, boolean ifNotExists,
            List<TableElement> elements, List<QualifiedName> inherits, List<DefElem> options, OnCommitAction onCommit,
            int location) {
        this(name, persistence, ifNotExists, elements, inherits, options, onCommit, location, null, null, null);
    }

    public CreateTableStmt {
        elements = List.copyOf(elements);
        inherits = List.copyOf(inherits);
        options = List.copyOf(options);
    }
}
