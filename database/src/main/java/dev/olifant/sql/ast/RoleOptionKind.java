package dev.olifant.sql.ast;

/**
 * Role options.
 */
public enum RoleOptionKind {
    SUPERUSER,
    CREATEDB,
    CREATEROLE,
    INHERIT,
    LOGIN,
    REPLICATION,
    BYPASSRLS,
    CONNECTION_LIMIT,
    /** PASSWORD 'x' or PASSWORD NULL */
    PASSWORD,
    /** ENCRYPTED PASSWORD 'x' */
    ENCRYPTED_PASSWORD,
    VALID_UNTIL,
    /** IN ROLE / IN GROUP */
    IN_ROLE,
    /** ROLE / USER (members) */
    ROLE,
    ADMIN,
    SYSID
}
