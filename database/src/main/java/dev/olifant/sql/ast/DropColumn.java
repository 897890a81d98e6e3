package dev.olifant.sql.ast;

/**
 * {@code DROP [COLUMN] [IF EXISTS] name [CASCADE | RESTRICT]}.
 */
public record DropColumn(
        String name,
        boolean ifExists,
        DropBehavior behavior,
        int location) implements AlterTableCmd {
}
