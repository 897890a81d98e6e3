package dev.olifant.sql.ast;

/**
 * GENERATED ALWAYS or BY DEFAULT.
 */
public enum IdentityKind {
    ALWAYS,
    BY_DEFAULT
}
