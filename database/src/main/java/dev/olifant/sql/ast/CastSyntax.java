package dev.olifant.sql.ast;

/**
 * The three spellings of a cast.
 */
public enum CastSyntax {
    /** {@code x::type} */
    COLONS,
    /** {@code CAST(x AS type)} */
    CAST,
    /** {@code type 'literal'} */
    PREFIX
}
