package dev.olifant.sql.ast;

/**
 * The SQL-standard value functions; the lower-cased name is the output column name.
 */
public enum SqlValueKind {
    CURRENT_DATE,
    CURRENT_TIME,
    CURRENT_TIMESTAMP,
    LOCALTIME,
    LOCALTIMESTAMP,
    CURRENT_ROLE,
    CURRENT_USER,
    USER,
    SESSION_USER,
    CURRENT_CATALOG,
    CURRENT_SCHEMA
}
