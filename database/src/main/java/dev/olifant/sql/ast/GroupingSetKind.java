package dev.olifant.sql.ast;

/**
 * Kinds of {@link GroupingSet}.
 */
public enum GroupingSetKind {
    /** {@code ()} */
    EMPTY,
    ROLLUP,
    CUBE,
    /** GROUPING SETS */
    SETS
}
