package dev.olifant.sql.ast;

/**
 * Row lock strengths.
 */
public enum LockStrength {
    UPDATE,
    NO_KEY_UPDATE,
    SHARE,
    KEY_SHARE
}
