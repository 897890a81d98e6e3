package dev.olifant.lock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.txn.TransactionManager;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** WaitForLockers: waits for the transactions that held a conflicting lock, without queueing for the lock. */
class LockerWaitsTest {
    private final LockManager locks = new LockManager(new TransactionManager(3));
    private static final LockTag T = new LockTag.Relation(1, 100);

    private static WaitPolicy waits(long lockTimeout, long deadlockMillis) {
        return new WaitPolicy(false, lockTimeout, deadlockMillis, () -> {
        });
    }

    @Test
    void waitsForHoldersButNotForLaterLockers() throws Exception {
        Locker reader = locks.register(1, 1, () -> 0);
        Locker dropper = locks.register(2, 1, () -> 0);
        Locker writer = locks.register(3, 1, () -> 0);
        locks.lockRelation(reader, T, LockMode.ACCESS_SHARE, waits(0, 1000), () -> "t");
        locks.lockRelation(dropper, T, LockMode.SHARE_UPDATE_EXCLUSIVE, waits(0, 1000), () -> "t");
        CompletableFuture<Void> wait = CompletableFuture.runAsync(
                () -> locks.waitForLockers(dropper, T, LockMode.ACCESS_EXCLUSIVE, waits(0, 1000)));
        Thread.sleep(100);
        assertThat(wait).isNotDone();
        assertThat(locks.blockingPids(2)).containsExactly(1);
        // a writer that comes later is not held up by the waiting dropper, nor waited for
        locks.lockRelation(writer, T, LockMode.ROW_EXCLUSIVE, waits(0, 1000), () -> "t");
        reader.releaseAll();
        wait.get(5, TimeUnit.SECONDS);
        writer.releaseAll();
        dropper.releaseAll();
    }

    @Test
    void lockTimeoutEndsTheWait() {
        Locker reader = locks.register(1, 1, () -> 0);
        Locker dropper = locks.register(2, 1, () -> 0);
        locks.lockRelation(reader, T, LockMode.ACCESS_SHARE, waits(0, 1000), () -> "t");
        assertThatThrownBy(() -> locks.waitForLockers(dropper, T, LockMode.ACCESS_EXCLUSIVE, waits(100, 1000)))
                .isInstanceOf(PgException.class)
                .satisfies(e -> assertThat(((PgException) e).state()).isEqualTo(SqlState.LOCK_NOT_AVAILABLE));
    }
}
