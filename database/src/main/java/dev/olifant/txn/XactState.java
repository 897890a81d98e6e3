package dev.olifant.txn;

/** The commit-log state of a transaction id. */
public enum XactState {
    IN_PROGRESS, COMMITTED, ABORTED
}
