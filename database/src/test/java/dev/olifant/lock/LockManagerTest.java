package dev.olifant.lock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.txn.TransactionManager;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LockManagerTest {
    private static final java.util.concurrent.Executor THREADS = r -> Thread.ofVirtual().start(r);
    private final TransactionManager tm = new TransactionManager(3);
    private final LockManager locks = new LockManager(tm);
    private static final LockTag T = new LockTag.Relation(1, 100);
    private static final LockTag.Relation U = new LockTag.Relation(1, 101);

    private static WaitPolicy waits(long deadlockMillis) {
        return new WaitPolicy(false, 0, deadlockMillis, () -> {
        });
    }

    private static WaitPolicy nowait() {
        return new WaitPolicy(true, 0, 1000, () -> {
        });
    }

    @Test
    void conflictTableIsPostgresqls() {
        // rows: requested mode, columns: held mode; from the PostgreSQL documentation's table 13.2
        String[] table = {
            "-------X", // ACCESS SHARE
            "------XX", // ROW SHARE
            "----XXXX", // ROW EXCLUSIVE
            "---XXXXX", // SHARE UPDATE EXCLUSIVE
            "--XX-XXX", // SHARE
            "--XXXXXX", // SHARE ROW EXCLUSIVE
            "-XXXXXXX", // EXCLUSIVE
            "XXXXXXXX", // ACCESS EXCLUSIVE
        };
        LockMode[] modes = LockMode.values();
        for (int i = 0; i < modes.length; i++) {
            for (int j = 0; j < modes.length; j++) {
                assertThat(modes[i].conflictsWith(modes[j])).as(modes[i] + " vs " + modes[j])
                        .isEqualTo(table[i].charAt(j) == 'X');
                assertThat(modes[i].conflictsWith(modes[j])).isEqualTo(modes[j].conflictsWith(modes[i]));
            }
        }
        assertThat(LockMode.ROW_EXCLUSIVE.displayName()).isEqualTo("RowExclusiveLock");
    }

    @Test
    void rowLockConflictTableIsPostgresqls() {
        String[] table = {"---X", "--XX", "-XXX", "XXXX"};
        RowLockMode[] modes = RowLockMode.values();
        for (int i = 0; i < modes.length; i++) {
            for (int j = 0; j < modes.length; j++) {
                assertThat(modes[i].conflictsWith(modes[j])).as(modes[i] + " vs " + modes[j])
                        .isEqualTo(table[i].charAt(j) == 'X');
            }
        }
    }

    @Test
    void compatibleModesShareAndConflictingOnesRefuseNowait() {
        Locker a = locks.register(1, 1, () -> 0);
        Locker b = locks.register(2, 1, () -> 0);
        locks.lockRelation(a, T, LockMode.ROW_EXCLUSIVE, nowait(), () -> "t");
        locks.lockRelation(b, T, LockMode.ROW_EXCLUSIVE, nowait(), () -> "t");
        assertThatThrownBy(() -> locks.lockRelation(b, T, LockMode.SHARE, nowait(), () -> "t"))
                .isInstanceOf(PgException.class).hasMessage("could not obtain lock on relation \"t\"")
                .extracting(e -> ((PgException) e).state()).isEqualTo(SqlState.LOCK_NOT_AVAILABLE);
        a.releaseAll();
        locks.lockRelation(b, T, LockMode.SHARE, nowait(), () -> "t");
        assertThat(locks.holds(b, T, LockMode.SHARE)).isTrue();
        assertThat(locks.snapshot()).extracting(LockInfo::mode).contains("ShareLock", "RowExclusiveLock");
    }

    @Test
    void waiterIsGrantedWhenTheHolderReleases() throws Exception {
        Locker a = locks.register(1, 1, () -> 0);
        Locker b = locks.register(2, 1, () -> 0);
        locks.lockRelation(a, T, LockMode.ACCESS_EXCLUSIVE, nowait(), () -> "t");
        CompletableFuture<Void> f = CompletableFuture.runAsync(
                () -> locks.lockRelation(b, T, LockMode.ACCESS_SHARE, waits(10_000), () -> "t"), THREADS);
        awaitWaiting(b);
        assertThat(locks.blockingPids(2)).containsExactly(1);
        a.releaseAll();
        f.get(5, TimeUnit.SECONDS);
        assertThat(b.waiting()).isFalse();
    }

    @Test
    void lockTimeoutEndsTheWait() {
        Locker a = locks.register(1, 1, () -> 0);
        Locker b = locks.register(2, 1, () -> 0);
        locks.lockRelation(a, T, LockMode.ACCESS_EXCLUSIVE, nowait(), () -> "t");
        assertThatThrownBy(() -> locks.lockRelation(b, T, LockMode.ACCESS_SHARE,
                new WaitPolicy(false, 100, 1000, () -> {
                }), () -> "t")).hasMessage("canceling statement due to lock timeout");
        assertThat(b.waiting()).isFalse();
        assertThat(locks.snapshot()).noneMatch(i -> !i.granted());
    }

    @Test
    void simpleUpgradeDeadlockFailsAtOnce() throws Exception {
        Locker a = locks.register(1, 1, () -> 0);
        Locker b = locks.register(2, 1, () -> 0);
        locks.lockRelation(a, T, LockMode.ACCESS_SHARE, nowait(), () -> "t");
        locks.lockRelation(b, T, LockMode.ACCESS_SHARE, nowait(), () -> "t");
        CompletableFuture<Void> f = CompletableFuture.runAsync(
                () -> locks.lockRelation(a, T, LockMode.ACCESS_EXCLUSIVE, waits(60_000), () -> "t"), THREADS);
        awaitWaiting(a);
        assertThatThrownBy(() -> locks.lockRelation(b, T, LockMode.ACCESS_EXCLUSIVE, waits(60_000), () -> "t"))
                .hasMessage("deadlock detected");
        b.releaseAll();
        f.get(5, TimeUnit.SECONDS);
    }

    @Test
    void deadlockAcrossTableAndRowWaitsIsDetected() throws Exception {
        // a holds a table lock and waits for b's transaction (a row lock); b waits for the table
        AtomicLong bXid = new AtomicLong(tm.assign());
        Locker a = locks.register(1, 1, () -> 0);
        Locker b = locks.register(2, 1, bXid::get);
        locks.lockRelation(a, T, LockMode.ACCESS_EXCLUSIVE, nowait(), () -> "t");
        CompletableFuture<Boolean> aWaits = CompletableFuture.supplyAsync(
                () -> locks.awaitTransaction(a, bXid.get(), U.relation(), waits(60_000)), THREADS);
        awaitWaiting(a);
        assertThat(locks.snapshot()).anyMatch(i -> i.lockType().equals("transactionid") && !i.granted()
                && i.pid() == 1 && i.mode().equals("ShareLock"));
        assertThatThrownBy(() -> locks.lockRelation(b, T, LockMode.ACCESS_SHARE, waits(100), () -> "t"))
                .isInstanceOf(PgException.class).hasMessage("deadlock detected")
                .satisfies(e -> assertThat(((PgException) e).detail())
                        .contains("Process 2 waits for AccessShareLock on relation 100 of database 1; blocked by process 1.")
                        .contains("Process 1 waits for ShareLock on transaction " + bXid.get() + "; blocked by process 2."));
        tm.end(bXid.get(), false);
        b.releaseAll();
        assertThat(aWaits.get(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void waitsWithoutACycleAreNotDeadlocks() throws Exception {
        Locker a = locks.register(1, 1, () -> 0);
        Locker b = locks.register(2, 1, () -> 0);
        locks.lockRelation(a, T, LockMode.ACCESS_EXCLUSIVE, nowait(), () -> "t");
        CompletableFuture<Void> f = CompletableFuture.runAsync(
                () -> locks.lockRelation(b, T, LockMode.ACCESS_SHARE, waits(50), () -> "t"), THREADS);
        Thread.sleep(300);
        assertThat(f).isNotDone();
        a.releaseAll();
        f.get(5, TimeUnit.SECONDS);
    }

    @Test
    void queuedRequestsAreServedInOrder() throws Exception {
        Locker a = locks.register(1, 1, () -> 0);
        Locker b = locks.register(2, 1, () -> 0);
        Locker c = locks.register(3, 1, () -> 0);
        locks.lockRelation(a, T, LockMode.ACCESS_SHARE, nowait(), () -> "t");
        CompletableFuture<Void> fb = CompletableFuture.runAsync(
                () -> locks.lockRelation(b, T, LockMode.ACCESS_EXCLUSIVE, waits(60_000), () -> "t"), THREADS);
        awaitWaiting(b);
        // c's share lock is compatible with a's but queues behind b's exclusive request
        assertThatThrownBy(() -> locks.lockRelation(c, T, LockMode.ACCESS_SHARE, nowait(), () -> "t"))
                .hasMessage("could not obtain lock on relation \"t\"");
        CompletableFuture<Void> fc = CompletableFuture.runAsync(
                () -> locks.lockRelation(c, T, LockMode.ACCESS_SHARE, waits(60_000), () -> "t"), THREADS);
        awaitWaiting(c);
        assertThat(locks.blockingPids(3)).contains(2);
        a.releaseAll();
        fb.get(5, TimeUnit.SECONDS);
        assertThat(fc).isNotDone();
        b.releaseAll();
        fc.get(5, TimeUnit.SECONDS);
    }

    private static void awaitWaiting(Locker l) throws InterruptedException {
        for (int i = 0; i < 200 && !l.waiting(); i++) {
            Thread.sleep(10);
        }
        assertThat(l.waiting()).isTrue();
    }

    @Test
    void sessionLocksCountAcquisitionsAndOutliveTheTransaction() {
        Locker a = locks.register(1, 1, () -> 0);
        Locker b = locks.register(2, 1, () -> 0);
        LockTag key = LockTag.Advisory.of(1, 42L);
        assertThat(locks.lockSession(a, key, LockMode.EXCLUSIVE, nowait())).isTrue();
        assertThat(locks.lockSession(a, key, LockMode.EXCLUSIVE, nowait())).isTrue();
        a.releaseAll(); // transaction end: session locks stay
        assertThat(locks.tryLock(b, key, LockMode.SHARE, nowait())).isFalse();
        assertThat(locks.unlockSession(a, key, LockMode.EXCLUSIVE)).isTrue();
        assertThat(locks.tryLock(b, key, LockMode.SHARE, nowait())).isFalse();
        assertThat(locks.unlockSession(a, key, LockMode.EXCLUSIVE)).isTrue();
        assertThat(locks.unlockSession(a, key, LockMode.EXCLUSIVE)).isFalse();
        assertThat(locks.tryLock(b, key, LockMode.SHARE, nowait())).isTrue();
        assertThat(locks.snapshot()).filteredOn(l -> l.lockType().equals("advisory"))
                .extracting(LockInfo::objid, LockInfo::objsubid, LockInfo::mode).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(42L, 1, "ShareLock"));
        b.releaseAll();
        assertThat(locks.lockSession(a, key, LockMode.SHARE, nowait())).isTrue();
        a.close();
        assertThat(locks.tryLock(b, key, LockMode.EXCLUSIVE, nowait())).isTrue();
    }

    @Test
    void weakLocksTakeTheFastPathUntilAStrongRequestMovesThem() {
        Locker a = locks.register(1, 1, () -> 0);
        Locker b = locks.register(2, 1, () -> 0);
        locks.lockRelation(a, T, LockMode.ACCESS_SHARE, nowait(), () -> "t");
        locks.lockRelation(a, T, LockMode.ROW_EXCLUSIVE, nowait(), () -> "t");
        assertThat(locks.snapshot()).filteredOn(i -> i.lockType().equals("relation"))
                .extracting(LockInfo::mode, LockInfo::fastPath)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("AccessShareLock", true),
                        org.assertj.core.groups.Tuple.tuple("RowExclusiveLock", true));
        assertThat(locks.holds(a, T, LockMode.ROW_EXCLUSIVE)).isTrue();
        // SHARE conflicts with ROW EXCLUSIVE: the request moves a's locks into the table and is refused
        assertThatThrownBy(() -> locks.lockRelation(b, T, LockMode.SHARE, nowait(), () -> "t"))
                .hasMessage("could not obtain lock on relation \"t\"");
        assertThat(locks.snapshot()).filteredOn(i -> i.lockType().equals("relation"))
                .allMatch(i -> !i.fastPath() && i.pid() == 1).hasSize(2);
        // the refused request left no strong lock behind: weak locks take the fast path again
        locks.lockRelation(b, T, LockMode.ACCESS_SHARE, nowait(), () -> "t");
        assertThat(locks.snapshot()).filteredOn(i -> i.pid() == 2 && i.lockType().equals("relation"))
                .extracting(LockInfo::fastPath).containsExactly(true);
        a.releaseAll();
        b.releaseAll();
        locks.lockRelation(b, T, LockMode.ACCESS_EXCLUSIVE, nowait(), () -> "t");
        assertThat(locks.holds(b, T, LockMode.ACCESS_EXCLUSIVE)).isTrue();
    }

    @Test
    void aStrongLockSendsWeakRequestsToTheTableUntilReleased() {
        Locker a = locks.register(1, 1, () -> 0);
        Locker b = locks.register(2, 1, () -> 0);
        locks.lockRelation(a, T, LockMode.EXCLUSIVE, nowait(), () -> "t");
        assertThatThrownBy(() -> locks.lockRelation(b, T, LockMode.ROW_SHARE, nowait(), () -> "t"))
                .hasMessage("could not obtain lock on relation \"t\"");
        locks.lockRelation(b, T, LockMode.ACCESS_SHARE, nowait(), () -> "t"); // compatible with EXCLUSIVE
        assertThat(locks.snapshot()).filteredOn(i -> i.pid() == 2 && i.lockType().equals("relation"))
                .extracting(LockInfo::fastPath).containsExactly(false);
        a.releaseAll();
        b.releaseAll();
        locks.lockRelation(b, T, LockMode.ROW_SHARE, nowait(), () -> "t");
        assertThat(locks.snapshot()).filteredOn(i -> i.pid() == 2 && i.lockType().equals("relation"))
                .extracting(LockInfo::fastPath).containsExactly(true);
        // SHARE UPDATE EXCLUSIVE does not conflict with weak modes and leaves the fast path open
        locks.lockRelation(a, U, LockMode.SHARE_UPDATE_EXCLUSIVE, nowait(), () -> "u");
        locks.lockRelation(b, U, LockMode.ROW_EXCLUSIVE, nowait(), () -> "u");
        assertThat(locks.snapshot()).filteredOn(i -> i.pid() == 2 && i.relation() == 101)
                .extracting(LockInfo::fastPath).containsExactly(true);
    }

    @Test
    void aWaitingStrongRequestIsGrantedWhenFastPathHoldersRelease() throws Exception {
        Locker a = locks.register(1, 1, () -> 0);
        Locker b = locks.register(2, 1, () -> 0);
        locks.lockRelation(a, T, LockMode.ROW_EXCLUSIVE, nowait(), () -> "t");
        CompletableFuture<Void> f = CompletableFuture.runAsync(
                () -> locks.lockRelation(b, T, LockMode.ACCESS_EXCLUSIVE, waits(10_000), () -> "t"), THREADS);
        awaitWaiting(b);
        assertThat(locks.blockingPids(2)).containsExactly(1);
        a.releaseAll();
        f.get(5, TimeUnit.SECONDS);
        assertThat(locks.holds(b, T, LockMode.ACCESS_EXCLUSIVE)).isTrue();
    }

    @Test
    void upgradingFromTheFastPathDeadlocksAsPostgresqlDoes() throws Exception {
        Locker a = locks.register(1, 1, () -> 0);
        Locker b = locks.register(2, 1, () -> 0);
        locks.lockRelation(a, T, LockMode.ACCESS_SHARE, nowait(), () -> "t");
        locks.lockRelation(b, T, LockMode.ACCESS_SHARE, nowait(), () -> "t");
        CompletableFuture<Void> f = CompletableFuture.runAsync(
                () -> locks.lockRelation(a, T, LockMode.ACCESS_EXCLUSIVE, waits(10_000), () -> "t"), THREADS);
        awaitWaiting(a);
        assertThatThrownBy(() -> locks.lockRelation(b, T, LockMode.ACCESS_EXCLUSIVE, waits(10_000), () -> "t"))
                .extracting(e -> ((PgException) e).state()).isEqualTo(SqlState.DEADLOCK_DETECTED);
        b.releaseAll();
        f.get(5, TimeUnit.SECONDS);
    }

    @Test
    void relationsBeyondTheFastPathSlotsGoToTheTable() {
        Locker a = locks.register(1, 1, () -> 0);
        for (int i = 0; i < FastPathLocks.SLOTS + 3; i++) {
            locks.lockRelation(a, new LockTag.Relation(1, 1000 + i), LockMode.ACCESS_SHARE, nowait(), () -> "r");
        }
        assertThat(locks.snapshot()).filteredOn(i -> i.lockType().equals("relation"))
                .extracting(LockInfo::fastPath).containsOnly(true, false).hasSize(FastPathLocks.SLOTS + 3)
                .filteredOn(fast -> fast).hasSize(FastPathLocks.SLOTS);
        a.releaseAll();
        assertThat(locks.snapshot()).noneMatch(i -> i.lockType().equals("relation"));
    }

    @Test
    void unlockReleasesOneModeBeforeTransactionEnd() {
        Locker a = locks.register(1, 1, () -> 0);
        Locker b = locks.register(2, 1, () -> 0);
        // a weak lock on the fast path and a strong one in the lock table
        locks.lockRelation(a, U, LockMode.ACCESS_SHARE, nowait(), () -> "u");
        locks.lockRelation(a, T, LockMode.SHARE_UPDATE_EXCLUSIVE, nowait(), () -> "t");
        locks.lockRelation(a, T, LockMode.ROW_EXCLUSIVE, nowait(), () -> "t");
        assertThat(locks.tryLock(b, U, LockMode.ACCESS_EXCLUSIVE, nowait())).isFalse();
        assertThat(locks.tryLock(b, T, LockMode.SHARE_UPDATE_EXCLUSIVE, nowait())).isFalse();
        locks.unlock(a, U, LockMode.ACCESS_SHARE);
        locks.unlock(a, T, LockMode.SHARE_UPDATE_EXCLUSIVE);
        assertThat(locks.holds(a, T, LockMode.ROW_EXCLUSIVE)).isTrue();
        assertThat(locks.holds(a, T, LockMode.SHARE_UPDATE_EXCLUSIVE)).isFalse();
        assertThat(locks.tryLock(b, U, LockMode.ACCESS_EXCLUSIVE, nowait())).isTrue();
        assertThat(locks.tryLock(b, T, LockMode.SHARE_UPDATE_EXCLUSIVE, nowait())).isTrue();
        a.releaseAll();
        b.releaseAll();
    }
}
