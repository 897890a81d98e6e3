package dev.olifant.sql.ast;

/**
 * MATERIALIZED hint of a WITH item.
 */
public enum CteMaterialized {
    DEFAULT,
    MATERIALIZED,
    NOT_MATERIALIZED
}
