package dev.olifant.sql.ast;

/**
 * EXCLUDE clause of a frame.
 */
public enum FrameExclusion {
    /** not written, or EXCLUDE NO OTHERS */
    NO_OTHERS,
    CURRENT_ROW,
    GROUP,
    TIES
}
