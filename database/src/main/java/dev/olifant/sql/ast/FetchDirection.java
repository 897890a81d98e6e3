package dev.olifant.sql.ast;

/**
 * The four movements FETCH and MOVE reduce to (PostgreSQL's FetchDirection): NEXT is FORWARD 1,
 * PRIOR BACKWARD 1, FIRST ABSOLUTE 1, LAST ABSOLUTE -1, a bare count FORWARD n and ALL FORWARD ALL.
 */
public enum FetchDirection {
    FORWARD,
    BACKWARD,
    ABSOLUTE,
    RELATIVE
}
