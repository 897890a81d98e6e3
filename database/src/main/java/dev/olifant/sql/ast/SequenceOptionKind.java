package dev.olifant.sql.ast;

/**
 * Sequence options.
 */
public enum SequenceOptionKind {
    AS,
    INCREMENT,
    MINVALUE,
    NO_MINVALUE,
    MAXVALUE,
    NO_MAXVALUE,
    START,
    RESTART,
    CACHE,
    CYCLE,
    NO_CYCLE,
    OWNED_BY,
    SEQUENCE_NAME
}
