package dev.olifant.sql.ast;

/**
 * Kinds of database objects named by DROP, ALTER … RENAME, COMMENT ON and GRANT.
 */
public enum ObjectKind {
    TABLE,
    VIEW,
    INDEX,
    SEQUENCE,
    SCHEMA,
    DATABASE,
    ROLE,
    COLUMN,
    CONSTRAINT,
    FUNCTION,
    TYPE
}
