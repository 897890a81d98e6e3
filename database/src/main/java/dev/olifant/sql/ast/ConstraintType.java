package dev.olifant.sql.ast;

/**
 * Kinds of {@link Constraint}.
 */
public enum ConstraintType {
    NOT_NULL,
    /** the NULL column "constraint" (explicitly nullable) */
    NULL,
    DEFAULT,
    CHECK,
    PRIMARY_KEY,
    UNIQUE,
    FOREIGN_KEY,
    /** GENERATED … AS IDENTITY */
    IDENTITY,
    /** GENERATED ALWAYS AS (expr) STORED */
    GENERATED
}
