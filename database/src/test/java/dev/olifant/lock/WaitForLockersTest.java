package dev.olifant.lock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.olifant.txn.TransactionManager;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** WaitForLockers: waiting for the transactions holding conflicting locks now, not for later ones. */
class WaitForLockersTest {
    private static final LockTag T = new LockTag.Relation(1, 100);
    private final LockManager locks = new LockManager(new TransactionManager(3));

    private static WaitPolicy waits() {
        return new WaitPolicy(false, 0, 1000, () -> {
        });
    }

    @Test
    void waitsForTheCurrentHoldersTransactionToEnd() throws Exception {
        Locker reader = locks.register(1, 1, () -> 0);
        Locker reindex = locks.register(2, 1, () -> 0);
        locks.lockRelation(reader, T, LockMode.ACCESS_SHARE, waits(), () -> "t");
        // a reader does not conflict with SHARE: nothing to wait for
        locks.waitForLockers(reindex, T, LockMode.SHARE, waits());
        CompletableFuture<Void> wait = CompletableFuture.runAsync(
                () -> locks.waitForLockers(reindex, T, LockMode.ACCESS_EXCLUSIVE, waits()));
        Thread.sleep(200);
        assertThat(wait).isNotDone();
        assertThat(reindex.waiting()).isTrue();
        assertThat(locks.blockingPids(2)).containsExactly(1);
        reader.releaseAll();
        wait.get(5, TimeUnit.SECONDS);
        assertThat(reindex.waiting()).isFalse();
    }

    @Test
    void aLockTakenAfterTheCallIsNotWaitedFor() throws Exception {
        Locker writer = locks.register(1, 1, () -> 0);
        Locker later = locks.register(3, 1, () -> 0);
        Locker reindex = locks.register(2, 1, () -> 0);
        locks.lockRelation(writer, T, LockMode.ROW_EXCLUSIVE, waits(), () -> "t");
        CompletableFuture<Void> wait = CompletableFuture.runAsync(
                () -> locks.waitForLockers(reindex, T, LockMode.SHARE, waits()));
        Thread.sleep(100);
        locks.lockRelation(later, T, LockMode.ROW_EXCLUSIVE, waits(), () -> "t");
        writer.releaseAll();
        wait.get(5, TimeUnit.SECONDS);
        later.releaseAll();
    }
}
