package dev.olifant.exec.dml;

import dev.olifant.exec.ExecContext;
import dev.olifant.exec.TableLocks;
import dev.olifant.lock.LockMode;
import dev.olifant.lock.LockTag;
import dev.olifant.lock.Locker;
import dev.olifant.lock.RowLockMode;

/**
 * PostgreSQL's heavyweight tuple lock (heap_acquire_tuplock): before a session waits for the
 * transaction that holds a row, it takes a lock on the row version in the mode matching the row
 * lock it wants, and keeps it until it holds the row. A second session wanting a conflicting lock
 * on the same row queues behind it on this lock instead of waiting for the row's holder itself,
 * so when the holder ends the first waiter gets the row, as in PostgreSQL, not whichever waiter
 * the scheduler wakes first. Taken lazily (only when a wait is needed) and released by
 * {@link #close()}.
 */
final class TupleLock implements AutoCloseable {
    private final ExecContext ctx;
    private final LockTag tag;
    private final LockMode mode;
    private boolean held;

    TupleLock(ExecContext ctx, long relation, long tid, RowLockMode rowMode) {
        this.ctx = ctx;
        this.tag = new LockTag.Tuple(ctx.services().locker().database(), relation, tid);
        this.mode = mode(rowMode);
    }

    /** tupleLockExtraInfo: the lock mode standing for each row lock strength. */
    static LockMode mode(RowLockMode m) {
        return switch (m) {
            case KEY_SHARE -> LockMode.ACCESS_SHARE;
            case SHARE -> LockMode.ROW_SHARE;
            case NO_KEY_UPDATE -> LockMode.EXCLUSIVE;
            case UPDATE -> LockMode.ACCESS_EXCLUSIVE;
        };
    }

    /**
     * Whether the session already holds a row lock on the version (PostgreSQL's skip of the tuple
     * lock when upgrading a lock the transaction holds, which would otherwise deadlock).
     */
    static boolean holdsRow(dev.olifant.lock.RowLocks rows, Object tuple, Locker locker) {
        for (dev.olifant.lock.RowLocks.Holder h : rows.holders(tuple)) {
            if (h.locker() == locker) {
                return true;
            }
        }
        return false;
    }

    /** Takes the tuple lock unless already held, waiting behind earlier waiters for the row. */
    void acquire() {
        if (!held) {
            Locker l = ctx.services().locker();
            l.manager().lockSession(l, tag, mode, TableLocks.waits(ctx));
            held = true;
        }
    }

    @Override
    public void close() {
        if (held) {
            Locker l = ctx.services().locker();
            l.manager().unlockSession(l, tag, mode);
            held = false;
        }
    }
}
