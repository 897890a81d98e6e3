package dev.olifant.sql.ast;

/** {@code DROP TRIGGER [IF EXISTS] name ON table [CASCADE | RESTRICT]}. */
public record DropTriggerStmt(String name, QualifiedName table, boolean ifExists, DropBehavior behavior,
        int location) implements Statement {
}
