package dev.olifant.txn;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Assigns transaction ids, records their outcome and hands out snapshots.
 *
 * <p>Invariants: an xid is in {@code running} from the moment it is assigned until its outcome
 * is recorded; assignment and ending both happen under {@code this} lock, and so does taking a
 * snapshot, so a snapshot never sees a half-ended transaction. A transaction id below
 * {@code nextXid} that is not running and not aborted is committed. Read-only transactions never
 * take an xid (PostgreSQL's virtual transaction ids), which keeps snapshots small.
 */
public final class TransactionManager {
    /** The first xid handed to user transactions (PostgreSQL's FirstNormalTransactionId). */
    public static final long FIRST_NORMAL_XID = 3;
    /** The xid that owns bootstrap data: always committed. */
    public static final long BOOTSTRAP_XID = 1;

    private long nextXid;
    private final Map<Long, CountDownLatch> running = new ConcurrentHashMap<>();
    private final Map<Long, Boolean> aborted = new ConcurrentHashMap<>();
    private volatile long[] runningSorted = new long[0];
    /** The wait-for graph: a waiting transaction's xid to the xid it waits for. */
    private final Map<Long, Long> waitsFor = new ConcurrentHashMap<>();
    /** The session (process id) of each waiting transaction, for deadlock reports. */
    private final Map<Long, Integer> waiterPids = new ConcurrentHashMap<>();

    /** Where commits are logged; null when nothing is durable (tests, or before recovery ends). */
    private volatile dev.olifant.wal.CommitLog commitLog;

    public void setCommitLog(dev.olifant.wal.CommitLog log) {
        this.commitLog = log;
    }

    public dev.olifant.wal.CommitLog commitLog() {
        return commitLog;
    }

    public TransactionManager(long nextXid) {
        this.nextXid = Math.max(nextXid, FIRST_NORMAL_XID);
    }

    /** Assigns a new transaction id, which is running until {@link #end}. */
    public synchronized long assign() {
        long xid = nextXid++;
        running.put(xid, new CountDownLatch(1));
        refreshRunning();
        return xid;
    }

    /** Records the outcome and wakes every session waiting for {@code xid}. */
    public void end(long xid, boolean committed) {
        CountDownLatch latch;
        synchronized (this) {
            if (!committed) {
                aborted.put(xid, Boolean.TRUE);
            }
            latch = running.remove(xid);
            refreshRunning();
        }
        if (latch != null) {
            latch.countDown();
        }
    }

    private void refreshRunning() {
        long[] ids = new long[running.size()];
        int i = 0;
        for (Long id : running.keySet()) {
            if (i < ids.length) {
                ids[i++] = id;
            }
        }
        long[] exact = i == ids.length ? ids : java.util.Arrays.copyOf(ids, i);
        java.util.Arrays.sort(exact);
        runningSorted = exact;
    }

    /** How many transactions hold an xid now (commit_siblings). */
    public int runningCount() {
        return running.size();
    }

    public synchronized Snapshot snapshot() {
        long[] ids = runningSorted;
        long xmin = ids.length == 0 ? nextXid : ids[0];
        return new Snapshot(xmin, nextXid, ids);
    }

    public synchronized long nextXid() {
        return nextXid;
    }

    /** Advances the xid counter past {@code xid} (used when replaying history). */
    public synchronized void advancePast(long xid) {
        if (xid >= nextXid) {
            nextXid = xid + 1;
        }
    }

    public XactState state(long xid) {
        if (xid == BOOTSTRAP_XID) {
            return XactState.COMMITTED;
        }
        if (running.containsKey(xid)) {
            return XactState.IN_PROGRESS;
        }
        if (aborted.containsKey(xid)) {
            return XactState.ABORTED;
        }
        synchronized (this) {
            return xid < nextXid ? XactState.COMMITTED : XactState.IN_PROGRESS;
        }
    }

    public boolean isAborted(long xid) {
        return aborted.containsKey(xid);
    }

    /**
     * Blocks until {@code xid} has ended or the timeout passes; {@code interrupts} is polled so a
     * cancel request ends the wait. While waiting, the edge {@code waiterXid -> xid} is in the
     * wait-for graph; after {@code deadlockTimeoutMillis} the waiter looks for a cycle through it
     * and, finding one, fails with 40P01 (so one transaction of a deadlock rolls back, as in
     * PostgreSQL).
     *
     * @return true when the transaction has ended
     */
    public boolean awaitEnd(long xid, long timeoutMillis, Runnable interrupts, long waiterXid, int waiterPid,
            long deadlockTimeoutMillis) {
        CountDownLatch latch = running.get(xid);
        if (latch == null) {
            return true;
        }
        long start = System.currentTimeMillis();
        long deadline = timeoutMillis <= 0 ? Long.MAX_VALUE : start + timeoutMillis;
        boolean checked = false;
        if (waiterXid != 0) {
            waitsFor.put(waiterXid, xid);
            waiterPids.put(waiterXid, waiterPid);
        }
        try {
            while (true) {
                interrupts.run();
                if (latch.await(50, TimeUnit.MILLISECONDS)) {
                    return true;
                }
                long now = System.currentTimeMillis();
                if (!checked && waiterXid != 0 && now - start >= deadlockTimeoutMillis) {
                    checked = true;
                    checkDeadlock(waiterXid);
                }
                if (now >= deadline) {
                    return false;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            interrupts.run();
            return false;
        } finally {
            if (waiterXid != 0) {
                waitsFor.remove(waiterXid);
                waiterPids.remove(waiterXid);
            }
        }
    }

    /** Follows the wait-for graph from {@code me}; a path back to {@code me} is a deadlock. */
    private void checkDeadlock(long me) {
        java.util.List<Long> cycle = new java.util.ArrayList<>();
        long cur = me;
        while (cycle.size() < 1000) {
            cycle.add(cur);
            Long next = waitsFor.get(cur);
            if (next == null || next != me && cycle.contains(next)) {
                return; // the chain ends, or loops elsewhere (its own members will find that cycle)
            }
            if (next == me) {
                throw deadlock(cycle);
            }
            cur = next;
        }
    }

    private dev.olifant.error.PgException deadlock(java.util.List<Long> cycle) {
        StringBuilder detail = new StringBuilder();
        for (int i = 0; i < cycle.size(); i++) {
            long waiter = cycle.get(i);
            long blocker = cycle.get((i + 1) % cycle.size());
            if (i > 0) {
                detail.append('\n');
            }
            detail.append("Process ").append(waiterPids.get(waiter)).append(" waits for ShareLock on transaction ")
                    .append(blocker).append("; blocked by process ").append(waiterPids.get(blocker)).append('.');
        }
        return new dev.olifant.error.PgException(dev.olifant.error.SqlState.DEADLOCK_DETECTED, "deadlock detected")
                .withDetail(detail.toString()).withHint("See server log for query details.");
    }

    /** The oldest xid any running transaction or snapshot could still consider running. */
    public synchronized long oldestRunning() {
        long[] ids = runningSorted;
        return ids.length == 0 ? nextXid : ids[0];
    }
}
