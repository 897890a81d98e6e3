package dev.olifant.sql.ast;

/**
 * The spelling of a {@link FuncCall}.
 */
public enum FuncSyntax {
    /** {@code name(args)} */
    NORMAL,
    /** {@code EXTRACT(field FROM x)} */
    EXTRACT,
    /** {@code POSITION(a IN b)} */
    POSITION,
    /** {@code SUBSTRING(x FROM a FOR b)} and {@code SUBSTRING(x SIMILAR p ESCAPE e)} */
    SUBSTRING,
    /** {@code TRIM([LEADING|TRAILING|BOTH] [c] FROM s)} */
    TRIM,
    /** {@code OVERLAY(a PLACING b FROM c FOR d)} */
    OVERLAY,
    /** {@code x AT TIME ZONE z} */
    AT_TIME_ZONE,
    /** {@code COLLATION FOR (x)} */
    COLLATION_FOR
}
