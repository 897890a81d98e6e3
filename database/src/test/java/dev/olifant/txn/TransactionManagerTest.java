package dev.olifant.txn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.olifant.error.PgException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Xids, outcomes, snapshots, subtransactions and waits, as the package README states them. */
class TransactionManagerTest {
    final TransactionManager tm = new TransactionManager(0);
    static final Runnable NO_INTERRUPTS = () -> { };

    @Test
    void xidsRunUntilTheirOutcomeIsRecorded() {
        long a = tm.assign();
        long b = tm.assign();
        assertThat(a).isEqualTo(TransactionManager.FIRST_NORMAL_XID);
        assertThat(b).isEqualTo(a + 1);
        Snapshot before = tm.snapshot();
        assertThat(before.isRunning(a)).isTrue();
        assertThat(tm.state(a)).isEqualTo(XactState.IN_PROGRESS);
        tm.end(a, true);
        tm.end(b, false);
        assertThat(tm.state(a)).isEqualTo(XactState.COMMITTED);
        assertThat(tm.state(b)).isEqualTo(XactState.ABORTED);
        assertThat(tm.state(TransactionManager.BOOTSTRAP_XID)).isEqualTo(XactState.COMMITTED);
        // a snapshot keeps treating as running what was running when it was taken
        assertThat(before.isRunning(a)).isTrue();
        Snapshot after = tm.snapshot();
        assertThat(after.isRunning(a)).isFalse();
        assertThat(after.running()).isEmpty();
        assertThat(after.xmin()).isEqualTo(after.xmax()).isEqualTo(b + 1);
        assertThat(after.isRunning(b + 1)).as("not yet started").isTrue();
    }

    @Test
    void subtransactionsTakeLaterXidsAndEndWithTheirTopTransaction() {
        long top = tm.assign();
        long sub1 = tm.assignSubtransaction(top);
        long sub2 = tm.assignSubtransaction(top);
        assertThat(sub1).isGreaterThan(top);
        assertThat(sub2).isGreaterThan(sub1);
        assertThat(tm.topOf(sub1)).isEqualTo(top);
        assertThat(tm.topOf(top)).isEqualTo(top);

        tm.abortSubtransactions(new long[] {sub2});
        assertThat(tm.state(sub2)).as("rolled back at once").isEqualTo(XactState.ABORTED);
        assertThat(tm.topOf(sub2)).isEqualTo(sub2);
        Snapshot during = tm.snapshot();
        assertThat(during.isRunning(sub1)).as("a live subxid runs until its top ends").isTrue();
        assertThat(during.isRunning(sub2)).isFalse();

        tm.end(top, new long[] {sub1}, true);
        assertThat(tm.state(top)).isEqualTo(XactState.COMMITTED);
        assertThat(tm.state(sub1)).isEqualTo(XactState.COMMITTED);
        assertThat(tm.state(sub2)).isEqualTo(XactState.ABORTED);
        assertThat(tm.topOf(sub1)).isEqualTo(sub1);
        Snapshot after = tm.snapshot();
        assertThat(after.isRunning(top)).isFalse();
        assertThat(after.isRunning(sub1)).isFalse();
    }

    @Test
    void abortingTheTopTransactionAbortsItsLiveSubtransactions() {
        long top = tm.assign();
        long sub = tm.assignSubtransaction(top);
        tm.end(top, new long[] {sub}, false);
        assertThat(tm.state(top)).isEqualTo(XactState.ABORTED);
        assertThat(tm.state(sub)).isEqualTo(XactState.ABORTED);
        assertThat(tm.snapshot().running()).isEmpty();
    }

    @Test
    void aWaiterOnASubtransactionWakesWhenItRollsBack() throws Exception {
        long top = tm.assign();
        long sub = tm.assignSubtransaction(top);
        long other = tm.assign();
        CompletableFuture<Boolean> wait = CompletableFuture.supplyAsync(
                () -> tm.awaitEnd(sub, 10_000, NO_INTERRUPTS, other, 2, 10_000));
        Thread.sleep(100);
        assertThat(wait).isNotDone();
        tm.abortSubtransactions(new long[] {sub});
        assertThat(wait.get(5, TimeUnit.SECONDS)).isTrue();
        assertThat(tm.state(top)).as("the top transaction goes on").isEqualTo(XactState.IN_PROGRESS);
    }

    @Test
    void aWaitEndsAtTheLockTimeout() {
        long holder = tm.assign();
        long waiter = tm.assign();
        long start = System.nanoTime();
        assertThat(tm.awaitEnd(holder, 150, NO_INTERRUPTS, waiter, 2, 10_000)).isFalse();
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isGreaterThanOrEqualTo(150);
        tm.end(holder, true);
        assertThat(tm.awaitEnd(holder, 150, NO_INTERRUPTS, waiter, 2, 10_000)).as("an ended xid").isTrue();
    }

    @Test
    void aCycleOfWaitsBetweenTopTransactionsIsADeadlock() throws Exception {
        long a = tm.assign();
        long b = tm.assign();
        long bSub = tm.assignSubtransaction(b);
        // a waits for a row b wrote in its subtransaction; then b (from the subtransaction) waits
        // for a; b's deadlock_timeout passes first, so b finds the cycle
        CompletableFuture<Boolean> aWaits = CompletableFuture.supplyAsync(
                () -> tm.awaitEnd(bSub, 10_000, NO_INTERRUPTS, a, 101, 5_000));
        Thread.sleep(50);
        PgException e = catchThrowableOfType(PgException.class,
                () -> tm.awaitEnd(a, 10_000, NO_INTERRUPTS, bSub, 102, 100));
        assertThat(e).isNotNull();
        assertThat(e.state().code()).isEqualTo("40P01");
        assertThat(e.getMessage()).isEqualTo("deadlock detected");
        // as in PostgreSQL, the report names the xid each one waits on: the subxid, here
        assertThat(e.detail()).isEqualTo("Process 102 waits for ShareLock on transaction " + a
                + "; blocked by process 101.\nProcess 101 waits for ShareLock on transaction " + bSub
                + "; blocked by process 102.");
        assertThat(e.hint()).isEqualTo("See server log for query details.");
        tm.end(b, new long[] {bSub}, false);
        assertThat(aWaits.get(5, TimeUnit.SECONDS)).isTrue();
    }
}
