package dev.olifant.sql.ast;

/**
 * Frame units.
 */
public enum FrameMode {
    ROWS,
    RANGE,
    GROUPS
}
