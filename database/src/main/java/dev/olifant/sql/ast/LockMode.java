package dev.olifant.sql.ast;

/**
 * Table lock modes (ACCESS EXCLUSIVE is the default of LOCK).
 */
public enum LockMode {
    ACCESS_SHARE,
    ROW_SHARE,
    ROW_EXCLUSIVE,
    SHARE_UPDATE_EXCLUSIVE,
    SHARE,
    SHARE_ROW_EXCLUSIVE,
    EXCLUSIVE,
    ACCESS_EXCLUSIVE
}
