package dev.olifant.sql.ast;

import java.util.List;

/**
 * {@code CREATE [UNIQUE] INDEX [CONCURRENTLY] [[IF NOT EXISTS] name] ON [ONLY] t [USING method]
 * (elements) [INCLUDE (…)] [NULLS [NOT] DISTINCT] [WITH (…)] [WHERE pred]}.
 * @param name null when omitted
 * @param method access method, null when absent
 * @param where partial index predicate, null when absent
 */
public record CreateIndexStmt(
        String name,
        QualifiedName table,
        boolean unique,
        boolean concurrently,
        boolean ifNotExists,
        boolean only,
        String method,
        List<IndexElem> elements,
        List<String> include,
        boolean nullsNotDistinct,
        List<DefElem> options,
        Expr where,
        int location) implements Statement {
    public CreateIndexStmt {
        elements = List.copyOf(elements);
        include = List.copyOf(include);
        options = List.copyOf(options);
    }
}
