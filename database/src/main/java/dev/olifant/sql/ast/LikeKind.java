package dev.olifant.sql.ast;

/**
 * The pattern-matching predicates.
 */
public enum LikeKind {
    LIKE,
    ILIKE,
    SIMILAR
}
