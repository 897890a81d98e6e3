package dev.olifant.sql.ast;

/**
 * {@code ALTER [COLUMN] c SET NOT NULL | DROP NOT NULL}.
 * @param set true for SET NOT NULL
 */
public record AlterColumnNotNull(String column, boolean set, int location) implements AlterTableCmd {
}
