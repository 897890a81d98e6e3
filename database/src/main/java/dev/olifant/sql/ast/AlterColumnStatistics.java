package dev.olifant.sql.ast;

/**
 * {@code ALTER [COLUMN] c SET STATISTICS n}.
 */
public record AlterColumnStatistics(String column, int target, int location) implements AlterTableCmd {
}
