package dev.olifant.sql.ast;

/**
 * What DISCARD discards.
 */
public enum DiscardTarget {
    ALL,
    PLANS,
    SEQUENCES,
    TEMP
}
