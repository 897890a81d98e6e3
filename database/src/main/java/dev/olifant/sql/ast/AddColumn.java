package dev.olifant.sql.ast;

/**
 * {@code ADD [COLUMN] [IF NOT EXISTS] definition}.
 */
public record AddColumn(ColumnDef column, boolean ifNotExists) implements AlterTableCmd {
}
