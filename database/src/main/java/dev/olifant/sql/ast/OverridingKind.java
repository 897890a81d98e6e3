package dev.olifant.sql.ast;

/**
 * OVERRIDING clause of INSERT.
 */
public enum OverridingKind {
    NONE,
    SYSTEM_VALUE,
    USER_VALUE
}
