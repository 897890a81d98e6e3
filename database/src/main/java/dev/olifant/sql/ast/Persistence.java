package dev.olifant.sql.ast;

/**
 * Persistence of a new relation.
 */
public enum Persistence {
    PERMANENT,
    TEMPORARY,
    UNLOGGED
}
