package dev.olifant.txn;

/**
 * Observes a transaction's subtransactions (savepoints), for components that keep per-transaction
 * state which must follow ROLLBACK TO SAVEPOINT: a per-transaction redo buffer truncates back to
 * the mark it took at {@link #started}, for example.
 *
 * <p>Depths count from 1 (the first savepoint); the top transaction is depth 0. Callbacks run on
 * the session's thread, in the order the events happen.
 */
public interface SubtransactionListener {

    /** A savepoint opened subtransaction {@code depth}. */
    default void started(int depth) {
    }

    /** Subtransaction {@code depth} merged into its parent (RELEASE SAVEPOINT). */
    default void released(int depth) {
    }

    /**
     * Subtransaction {@code depth} rolled back: its xids (its own and those of subtransactions
     * released into it), possibly empty when it wrote nothing, are now aborted.
     */
    default void aborted(int depth, long[] abortedXids) {
    }
}
