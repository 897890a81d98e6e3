package dev.olifant.sql.ast;

/**
 * {@code OWNER TO role}.
 */
public record OwnerTo(RoleSpec owner) implements AlterTableCmd {
}
