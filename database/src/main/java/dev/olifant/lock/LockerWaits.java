package dev.olifant.lock;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * PostgreSQL's WaitForLockers: waiting until every transaction that holds, right now, a lock on
 * a relation conflicting with a mode has ended, without queueing for the lock itself (so later
 * lockers are not held up), as DROP INDEX CONCURRENTLY does. Weak locks held through a session's
 * fast path count as held, as PostgreSQL's GetLockConflicts finds them. Each wait is for one transaction of
 * a session, named as PostgreSQL's virtual transaction id is (the session and its local
 * transaction counter); the waiter shows as blocked by that session in pg_blocking_pids() and
 * takes part in deadlock detection like a row lock's wait for a transaction.
 */
final class LockerWaits {
    private static final long POLL_MILLIS = 5;

    private LockerWaits() {
    }

    static void waitForLockers(LockManager manager, Locker me, LockTag tag, LockMode mode, WaitPolicy policy) {
        Map<Locker, Long> holders = manager.locked(() -> {
            Map<Locker, Long> out = new LinkedHashMap<>();
            for (Locker l : manager.lockers()) {
                if (l == me) {
                    continue;
                }
                Integer held = l.held.get(tag);
                int mask = held == null ? 0 : held;
                synchronized (l.fastPath) {
                    // weak locks taken through the fast path are not in the lock table
                    mask |= l.fastPath.modes(tag);
                }
                if (mask != 0 && mode.conflictsWithAny(mask)) {
                    out.put(l, l.localTransaction());
                }
            }
            return out;
        });
        for (Map.Entry<Locker, Long> h : holders.entrySet()) {
            await(manager, me, h.getKey(), h.getValue(), policy);
        }
    }

    /** Waits until {@code other} has ended its local transaction {@code local}. */
    private static void await(LockManager manager, Locker me, Locker other, long local, WaitPolicy policy) {
        long start = System.currentTimeMillis();
        long deadline = policy.lockTimeoutMillis() > 0 ? start + policy.lockTimeoutMillis() : Long.MAX_VALUE;
        boolean checked = false;
        me.waitStart = Instant.now();
        me.waitingTransactionOf = other;
        me.waitingLocalTransaction = local;
        try {
            while (other.localTransaction() == local && manager.lockers().contains(other)) {
                policy.interrupts().run();
                try {
                    Thread.sleep(POLL_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                long now = System.currentTimeMillis();
                if (!checked && now - start >= policy.deadlockTimeoutMillis()) {
                    checked = true;
                    manager.locked(() -> {
                        new Deadlocks(manager).check(me);
                        return null;
                    });
                }
                if (now >= deadline) {
                    throw LockManager.lockTimeout();
                }
            }
        } finally {
            me.waitingTransactionOf = null;
            me.waitStart = null;
        }
    }
}
