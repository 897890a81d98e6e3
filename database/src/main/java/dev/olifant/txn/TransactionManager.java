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
     * cancel request ends the wait.
     *
     * @return true when the transaction has ended
     */
    public boolean awaitEnd(long xid, long timeoutMillis, Runnable interrupts) {
        CountDownLatch latch = running.get(xid);
        if (latch == null) {
            return true;
        }
        long deadline = timeoutMillis <= 0 ? Long.MAX_VALUE : System.currentTimeMillis() + timeoutMillis;
        try {
            while (true) {
                interrupts.run();
                if (latch.await(50, TimeUnit.MILLISECONDS)) {
                    return true;
                }
                if (System.currentTimeMillis() >= deadline) {
                    return false;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            interrupts.run();
            return false;
        }
    }

    /** The oldest xid any running transaction or snapshot could still consider running. */
    public synchronized long oldestRunning() {
        long[] ids = runningSorted;
        return ids.length == 0 ? nextXid : ids[0];
    }
}
