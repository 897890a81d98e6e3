package dev.olifant.sql.ast;

/**
 * Kind of value of a {@link DefElem}.
 */
public enum DefElemKind {
    /** no value written (e.g. FREEZE, HEADER) */
    NONE,
    /** a quoted string */
    STRING,
    /** a numeric literal */
    NUMBER,
    /** an identifier or keyword (on, off, true, csv, …) */
    WORD,
    /** the word DEFAULT */
    DEFAULT,
    /** {@code *} (FORCE_QUOTE *) */
    STAR,
    /** a parenthesized list of names */
    LIST
}
