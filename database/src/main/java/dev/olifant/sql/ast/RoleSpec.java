package dev.olifant.sql.ast;

/**
 * A role reference in GRANT, OWNER TO, AUTHORIZATION and similar places.
 * @param kind a plain name or one of the special words
 * @param name the role name for NAME, null otherwise
 * @param location offset of the role reference
 */
public record RoleSpec(RoleSpecKind kind, String name, int location) {
}
