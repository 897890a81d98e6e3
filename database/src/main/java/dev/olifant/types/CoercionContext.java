package dev.olifant.types;

/** pg_cast.castcontext: where a cast may be applied without being written. */
public enum CoercionContext {
    /** Anywhere, e.g. int4 to int8 in an expression. */
    IMPLICIT,
    /** Also when assigning to a column (INSERT / UPDATE), e.g. numeric to int4. */
    ASSIGNMENT,
    /** Only when written: CAST(x AS t) or x::t. */
    EXPLICIT
}
