package dev.olifant.sql.ast;

/**
 * {@code ADD table_constraint}.
 */
public record AddConstraint(Constraint constraint) implements AlterTableCmd {
}
