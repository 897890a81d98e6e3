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

    private volatile long nextXid;
    private final Map<Long, CountDownLatch> running = new ConcurrentHashMap<>();
    private final Map<Long, Boolean> aborted = new ConcurrentHashMap<>();
    private volatile long[] runningSorted = new long[0];
    /** The wait-for graph: a waiting transaction's xid to the xid it waits for. */
    private final Map<Long, Long> waitsFor = new ConcurrentHashMap<>();
    /** The session (process id) of each waiting transaction, for deadlock reports. */
    private final Map<Long, Integer> waiterPids = new ConcurrentHashMap<>();
    /** The xid each waiting transaction waits on (a subxid, where the graph has its top), for reports. */
    private final Map<Long, Long> waitingOn = new ConcurrentHashMap<>();
    /** The top-level xid of each running subtransaction xid (PostgreSQL's pg_subtrans). */
    private final Map<Long, Long> parents = new ConcurrentHashMap<>();
    private volatile dev.olifant.txn.ssi.SerializableManager serializable;

    private final Horizon horizon = new Horizon(this);

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

    /** The global xmin horizon, for vacuum and pruning. */
    public Horizon horizon() {
        return horizon;
    }

    /** Forgets aborted xids below {@code xid}: vacuum made sure no version carries one any more. */
    void forgetAbortedBelow(long xid) {
        aborted.keySet().removeIf(x -> x < xid);
    }

    /** Aborted xids remembered (for tests and monitoring). */
    public int abortedRemembered() {
        return aborted.size();
    }

    /** Assigns a new transaction id, which is running until {@link #end}. */
    public synchronized long assign() {
        long xid = nextXid++;
        running.put(xid, new CountDownLatch(1));
        refreshRunning();
        return xid;
    }

    /**
     * Assigns an xid to a subtransaction of {@code topXid}. It is running (for snapshots and
     * waiters) until the subtransaction rolls back or the top transaction ends.
     */
    public synchronized long assignSubtransaction(long topXid) {
        long sub = assign();
        parents.put(sub, topXid);
        return sub;
    }

    /** The top-level xid of {@code xid} while it is a running subtransaction; {@code xid} otherwise. */
    public long topOf(long xid) {
        Long top = parents.get(xid);
        return top == null ? xid : top;
    }

    /** Records the outcome and wakes every session waiting for {@code xid}. */
    public void end(long xid, boolean committed) {
        end(xid, new long[0], committed);
    }

    /**
     * Records the outcome of a top-level transaction and of its live subtransactions together
     * (atomically for snapshots, as PostgreSQL's commit record covers its subxids), then wakes
     * every session waiting for any of them.
     */
    public void end(long xid, long[] subxids, boolean committed) {
        CountDownLatch[] latches = new CountDownLatch[subxids.length + 1];
        synchronized (this) {
            for (int i = 0; i < subxids.length; i++) {
                if (!committed) {
                    aborted.put(subxids[i], Boolean.TRUE);
                }
                latches[i] = running.remove(subxids[i]);
                parents.remove(subxids[i]);
            }
            if (!committed) {
                aborted.put(xid, Boolean.TRUE);
            }
            latches[subxids.length] = running.remove(xid);
            refreshRunning();
        }
        for (CountDownLatch latch : latches) {
            if (latch != null) {
                latch.countDown();
            }
        }
    }

    /** Records subtransactions as aborted at once (ROLLBACK TO SAVEPOINT), releasing their row locks. */
    public void abortSubtransactions(long[] subxids) {
        end(subxids[0], java.util.Arrays.copyOfRange(subxids, 1, subxids.length), false);
        for (long sub : subxids) {
            parents.remove(sub);
        }
    }

    /** The serializable snapshot isolation state shared by this cluster's SERIALIZABLE transactions. */
    public dev.olifant.txn.ssi.SerializableManager serializable() {
        var s = serializable;
        if (s == null) {
            synchronized (this) {
                s = serializable;
                if (s == null) {
                    s = new dev.olifant.txn.ssi.SerializableManager(this);
                    serializable = s;
                }
            }
        }
        return s;
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
        return xid < nextXid ? XactState.COMMITTED : XactState.IN_PROGRESS;
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
        // The wait-for graph is between top-level transactions: a row written by a subtransaction
        // is waited for on the subxid's latch, but it is the top transaction that must end.
        waiterXid = topOf(waiterXid);
        if (waiterXid != 0) {
            waitsFor.put(waiterXid, topOf(xid));
            waiterPids.put(waiterXid, waiterPid);
            waitingOn.put(waiterXid, xid);
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
                waitingOn.remove(waiterXid);
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
                    .append(waitingOn.getOrDefault(waiter, blocker)).append("; blocked by process ").append(waiterPids.get(blocker)).append('.');
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
