package dev.olifant.sql.ast;

/**
 * How a string constant was written.
 */
public enum StringKind {
    /** {@code '…'} or dollar-quoted */
    PLAIN,
    /** {@code E'…'} */
    ESCAPE,
    /** {@code U&'…'} */
    UNICODE,
    /** {@code B'…'}, a bit-string constant (type bit) */
    BIT,
    /** {@code X'…'}, a bit-string constant written in hexadecimal (type bit) */
    HEX_BIT
}
