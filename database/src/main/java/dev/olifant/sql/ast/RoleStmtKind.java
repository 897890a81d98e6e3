package dev.olifant.sql.ast;

/**
 * The keyword a role statement was written with.
 */
public enum RoleStmtKind {
    ROLE,
    USER,
    GROUP
}
