package dev.olifant.sql.ast;

/**
 * Kinds of frame bounds.
 */
public enum FrameBoundKind {
    UNBOUNDED_PRECEDING,
    PRECEDING,
    CURRENT_ROW,
    FOLLOWING,
    UNBOUNDED_FOLLOWING
}
