package dev.olifant.sql.ast;

/**
 * {@code ALTER [COLUMN] c SET DEFAULT e | DROP DEFAULT}.
 * @param defaultValue the new default, null for DROP DEFAULT
 */
public record AlterColumnDefault(String column, Expr defaultValue, int location) implements AlterTableCmd {
}
