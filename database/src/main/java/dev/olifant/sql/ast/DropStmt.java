package dev.olifant.sql.ast;

import java.util.List;

/**
 * {@code DROP kind [CONCURRENTLY] [IF EXISTS] names [CASCADE | RESTRICT]}; DROP USER / GROUP are
 * ROLE, DROP DATABASE … WITH (FORCE) sets {@code force}.
 */
public record DropStmt(
        ObjectKind kind,
        List<QualifiedName> names,
        boolean ifExists,
        DropBehavior behavior,
        boolean concurrently,
        boolean force,
        int location) implements Statement {
    public DropStmt {
        names = List.copyOf(names);
    }
}
