package dev.olifant.sql.ast;

/**
 * What a row lock does when the row is locked.
 */
public enum LockWaitPolicy {
    BLOCK,
    NOWAIT,
    SKIP_LOCKED
}
