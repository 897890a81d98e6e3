package dev.olifant.lock;

/**
 * How a lock request waits: not at all ({@code NOWAIT}), or until granted, with lock_timeout
 * (0 for none), the deadlock_timeout after which the waiter searches for a deadlock, and the
 * interrupt check (cancel, statement_timeout, terminate) polled while waiting.
 */
public record WaitPolicy(boolean nowait, long lockTimeoutMillis, long deadlockTimeoutMillis, Runnable interrupts) {

    /** The same policy, refusing to wait. */
    public WaitPolicy withNowait() {
        return new WaitPolicy(true, lockTimeoutMillis, deadlockTimeoutMillis, interrupts);
    }
}
