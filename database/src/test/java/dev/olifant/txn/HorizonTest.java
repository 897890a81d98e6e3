package dev.olifant.txn;

import static org.assertj.core.api.Assertions.assertThat;

import dev.olifant.storage.TupleVersion;
import dev.olifant.storage.VersionJudge.Verdict;
import org.junit.jupiter.api.Test;

class HorizonTest {
    private final TransactionManager tm = new TransactionManager(TransactionManager.FIRST_NORMAL_XID);
    private final Horizon horizon = tm.horizon();

    private Transaction begin() {
        return new Transaction(tm, IsolationLevel.READ_COMMITTED, false);
    }

    /** A transaction that writes and commits; returns its xid. */
    private long committedXid() {
        Transaction t = begin();
        long xid = t.writeXid();
        t.commit();
        return xid;
    }

    private long abortedXid() {
        Transaction t = begin();
        long xid = t.writeXid();
        t.rollback();
        return xid;
    }

    @Test
    void withNothingRunningTheHorizonIsTheNextXid() {
        committedXid();
        assertThat(horizon.compute()).isEqualTo(tm.nextXid());
        assertThat(horizon.registered()).isZero();
    }

    @Test
    void aTransactionHoldsTheHorizonFromItsBeginUntilItEnds() {
        long before = committedXid();
        Transaction reader = begin(); // read-only so far: no xid, but its snapshots must stay valid
        long next = tm.nextXid();
        committedXid();
        committedXid();
        assertThat(horizon.compute()).isEqualTo(next);
        Transaction writer = begin();
        long w = writer.writeXid();
        reader.commit();
        assertThat(horizon.compute()).isEqualTo(w);
        writer.rollback();
        assertThat(horizon.compute()).isEqualTo(tm.nextXid()).isGreaterThan(before);
    }

    @Test
    void theHorizonNeverMovesBackwards() {
        committedXid();
        long h = horizon.compute();
        Transaction t = begin();
        assertThat(horizon.compute()).isGreaterThanOrEqualTo(h);
        assertThat(horizon.recent()).isGreaterThanOrEqualTo(h);
        t.commit();
    }

    @Test
    void verdicts() {
        long creator = committedXid();
        long deleter = committedXid();
        Transaction old = begin(); // holds the horizon here
        long lateDeleter = committedXid();
        Transaction running = begin();
        long runningXid = running.writeXid();
        long aborted = abortedXid();
        long h = horizon.compute();
        assertThat(h).isEqualTo(lateDeleter);

        TupleVersion live = new TupleVersion(creator, 0, new Object[0]);
        assertThat(horizon.judge(live, h)).isEqualTo(Verdict.LIVE);
        assertThat(live.hints() & TupleVersion.XMIN_FROZEN).isNotZero();

        TupleVersion dead = new TupleVersion(creator, 0, new Object[0]);
        dead.markDeleted(deleter, 0, TupleVersion.NO_NEXT);
        assertThat(horizon.judge(dead, h)).isEqualTo(Verdict.REMOVABLE);

        TupleVersion recentlyDead = new TupleVersion(creator, 0, new Object[0]);
        recentlyDead.markDeleted(lateDeleter, 0, TupleVersion.NO_NEXT);
        assertThat(horizon.judge(recentlyDead, h)).isEqualTo(Verdict.RECENTLY_DEAD);

        TupleVersion beingDeleted = new TupleVersion(creator, 0, new Object[0]);
        beingDeleted.markDeleted(runningXid, 0, TupleVersion.NO_NEXT);
        assertThat(horizon.judge(beingDeleted, h)).isEqualTo(Verdict.LIVE);

        TupleVersion beingInserted = new TupleVersion(runningXid, 0, new Object[0]);
        assertThat(horizon.judge(beingInserted, h)).isEqualTo(Verdict.LIVE);

        TupleVersion neverExisted = new TupleVersion(aborted, 0, new Object[0]);
        assertThat(horizon.judge(neverExisted, h)).isEqualTo(Verdict.REMOVABLE);
        assertThat(neverExisted.hints() & TupleVersion.XMIN_ABORTED).isNotZero();

        TupleVersion lockedByCommitted = new TupleVersion(creator, 0, new Object[0]);
        lockedByCommitted.markLocked(deleter);
        assertThat(horizon.judge(lockedByCommitted, h)).isEqualTo(Verdict.LIVE);
        assertThat(lockedByCommitted.xmax()).isZero(); // a finished locker below the horizon is forgotten
        running.commit();
        old.commit();
    }

    @Test
    void anAbortedDeletersMarkIsClearedBelowTheHorizon() {
        long creator = committedXid();
        long aborted = abortedXid();
        TupleVersion t = new TupleVersion(creator, 0, new Object[0]);
        t.markDeleted(aborted, 0, 42);
        assertThat(horizon.judge(t, horizon.compute())).isEqualTo(Verdict.LIVE);
        assertThat(t.xmax()).isZero();
        assertThat(t.next()).isEqualTo(TupleVersion.NO_NEXT);
    }

    @Test
    void removableNowIsTheCheapCheckOfTheSameRule() {
        long creator = committedXid();
        long deleter = committedXid();
        TupleVersion dead = new TupleVersion(creator, 0, new Object[0]);
        dead.markDeleted(deleter, 0, TupleVersion.NO_NEXT);
        TupleVersion live = new TupleVersion(creator, 0, new Object[0]);
        TupleVersion aborted = new TupleVersion(abortedXid(), 0, new Object[0]);
        horizon.compute();
        assertThat(horizon.removableNow(dead)).isTrue();
        assertThat(horizon.removableNow(live)).isFalse();
        assertThat(horizon.removableNow(aborted)).isTrue();
        Transaction t = begin();
        TupleVersion mine = new TupleVersion(creator, 0, new Object[0]);
        mine.markDeleted(t.writeXid(), 0, TupleVersion.NO_NEXT);
        assertThat(horizon.removableNow(mine)).isFalse();
        t.rollback();
    }

    @Test
    void abortedXidsAreForgottenOnlyAfterAFullPassAndOnceOlderTransactionsEnded() {
        long aborted = abortedXid();
        Transaction old = begin();
        long h = horizon.passStarted();
        assertThat(h).isGreaterThan(aborted);
        horizon.passFinished(h);
        assertThat(tm.isAborted(aborted)).isTrue(); // "old" began before the pass ended
        Transaction young = begin();
        old.commit();
        horizon.forgetSettledAborts();
        assertThat(tm.isAborted(aborted)).isFalse();
        assertThat(tm.state(aborted)).isEqualTo(XactState.COMMITTED);
        assertThat(tm.abortedRemembered()).isZero();
        young.commit();
    }

    @Test
    void visibilityLeavesHintsAndHonoursThem() {
        long creator = committedXid();
        long aborted = abortedXid();
        Transaction reader = begin();
        Snapshot s = reader.statementSnapshot();
        TupleVersion committed = new TupleVersion(creator, 0, new Object[0]);
        TupleVersion never = new TupleVersion(aborted, 0, new Object[0]);
        assertThat(Visibility.isVisible(committed, s, 0, 0, tm)).isTrue();
        assertThat(committed.hints() & TupleVersion.XMIN_COMMITTED).isNotZero();
        assertThat(Visibility.isVisible(never, s, 0, 0, tm)).isFalse();
        assertThat(never.hints() & TupleVersion.XMIN_ABORTED).isNotZero();
        // an old snapshot still treats a creator it saw running as running, hint or not
        Transaction writer = begin();
        long w = writer.writeXid();
        Snapshot before = reader.manager().snapshot();
        writer.commit();
        TupleVersion late = new TupleVersion(w, 0, new Object[0]);
        assertThat(Visibility.isVisible(late, reader.manager().snapshot(), 0, 0, tm)).isTrue();
        assertThat(late.hints() & TupleVersion.XMIN_COMMITTED).isNotZero();
        assertThat(Visibility.isVisible(late, before, 0, 0, tm)).isFalse();
        reader.commit();
    }
}
