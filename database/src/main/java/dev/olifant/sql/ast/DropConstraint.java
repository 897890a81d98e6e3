package dev.olifant.sql.ast;

/**
 * {@code DROP CONSTRAINT [IF EXISTS] name [CASCADE | RESTRICT]}.
 */
public record DropConstraint(
        String name,
        boolean ifExists,
        DropBehavior behavior,
        int location) implements AlterTableCmd {
}
