package dev.olifant.sql.ast;

/** ALTER TABLE … VALIDATE CONSTRAINT name. */
public record ValidateConstraint(String name, int location) implements AlterTableCmd {
}
