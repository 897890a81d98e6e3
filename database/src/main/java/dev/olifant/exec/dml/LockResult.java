package dev.olifant.exec.dml;

/** The outcome of trying to claim a tuple version for UPDATE or DELETE. */
enum LockResult {
    /** Claimed: its xmax is now this transaction. */
    OK,
    /** This transaction (this or an earlier command) already replaced or deleted it. */
    SELF_UPDATED,
    /** A committed concurrent transaction replaced or deleted it: READ COMMITTED follows the chain. */
    UPDATED
}
