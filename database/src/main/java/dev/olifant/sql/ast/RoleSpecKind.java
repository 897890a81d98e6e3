package dev.olifant.sql.ast;

/**
 * The special role words PostgreSQL accepts where a role is expected.
 */
public enum RoleSpecKind {
    NAME,
    PUBLIC,
    CURRENT_ROLE,
    CURRENT_USER,
    SESSION_USER
}
