package dev.olifant.txn;

import dev.olifant.storage.TupleVersion;
import dev.olifant.storage.VersionJudge;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The global xmin horizon (PostgreSQL's GlobalVisState / GetOldestNonRemovableTransactionId):
 * the oldest transaction id that some running transaction, or a snapshot one of them holds or may
 * still take, could consider running. A version whose deleter committed below the horizon is
 * dead to every snapshot that exists or will exist, and may be removed; a version whose creator
 * committed below it is visible to all, and is marked frozen.
 *
 * <p>Registration is per transaction, not per snapshot: a transaction registers when it begins
 * with the oldest running xid at that moment (every snapshot it takes later has an xmin at least
 * that old), and leaves at commit or rollback. That costs two map operations per transaction and
 * nothing per statement; a READ COMMITTED transaction that runs for long holds the horizon back
 * for its whole life, where PostgreSQL advances it per statement.
 *
 * <p>Why the horizon is safe without holding the manager's lock across the computation:
 * {@link #compute} first reads the oldest running xid (under the manager's lock), then the
 * registrations. A transaction registers before its first snapshot, and snapshots are taken
 * under the same lock: if its snapshot came first, its registration is visible to the
 * computation; if not, its snapshot's xmin is at least the oldest running xid the computation
 * read. The horizon never moves backwards, so an older computed value is a safe, conservative
 * one ({@link #recent}).
 *
 * <p>Forgetting aborted xids: once no version carries an aborted xid below some horizon, the
 * commit log need not remember that it aborted (PostgreSQL truncates its CLOG the same way).
 * A full pass of vacuum over every table of the cluster establishes that for xids below the
 * horizon it started with ({@link #passStarted} / {@link #passFinished}); the aborted xids are
 * forgotten only once every transaction still running began after that pass ended, so neither a
 * table dropped before the pass (reachable only from catalogs older than it) nor a reader that
 * read an aborted xmax just before vacuum cleared it can meet a forgotten xid.
 */
public final class Horizon implements VersionJudge {
    /** How long a computed horizon serves {@link #recent} before it is computed again. */
    private static final long RECENT_NANOS = 200_000;

    private record Holder(long xmin, long beginSeq) {
    }

    private final TransactionManager manager;
    private final Map<Transaction, Holder> holders = new ConcurrentHashMap<>();
    private final AtomicLong beginSeq = new AtomicLong();
    private volatile long computed;
    private volatile long computedAt = System.nanoTime() - RECENT_NANOS;
    /** A finished full pass whose aborted xids wait to be forgotten: its horizon and end sequence. */
    private long pendingHorizon;
    private long pendingSeq = -1;

    Horizon(TransactionManager manager) {
        this.manager = manager;
    }

    /** A transaction begins: it holds the horizon back from now until {@link #release}. */
    void register(Transaction t) {
        holders.put(t, new Holder(manager.oldestRunning(), beginSeq.incrementAndGet()));
    }

    void release(Transaction t) {
        holders.remove(t);
    }

    /** Computes the horizon now. */
    public long compute() {
        long h = manager.oldestRunning();
        for (Holder x : holders.values()) {
            h = Math.min(h, x.xmin);
        }
        long now = System.nanoTime();
        synchronized (this) {
            if (h > computed) {
                computed = h;
            }
            computedAt = now;
            return computed;
        }
    }

    /** A horizon computed at most a fraction of a millisecond ago: cheap for hot paths. */
    public long recent() {
        if (System.nanoTime() - computedAt >= RECENT_NANOS) {
            return compute();
        }
        return computed;
    }

    /**
     * Whether {@code t} can be removed now, judged cheaply for hot paths (no lock, at most two
     * map lookups): its creator aborted, or its deleter committed below the recent horizon.
     */
    public boolean removableNow(TupleVersion t) {
        if ((t.hints() & TupleVersion.XMIN_ABORTED) != 0) {
            return true;
        }
        long h = recent();
        long xmax = t.xmax();
        if (xmax != 0 && xmax < h && !t.lockOnly() && !manager.isAborted(xmax)) {
            return true; // below the horizon nothing runs: not aborted means committed
        }
        long xmin = t.xmin();
        if (xmin < h && (t.hints() & (TupleVersion.XMIN_COMMITTED | TupleVersion.XMIN_FROZEN)) == 0
                && manager.isAborted(xmin)) {
            t.hint(TupleVersion.XMIN_ABORTED);
            return true;
        }
        return false;
    }

    /** Whether {@code xid} committed before the horizon: every present and future snapshot sees it so. */
    public boolean committedBeforeHorizon(long xid) {
        if (xid >= computed && xid >= recent()) {
            return false;
        }
        return manager.state(xid) == XactState.COMMITTED;
    }

    /**
     * What {@code t} is to everyone, using the recent horizon. Along the way it records what it
     * learns as hints: frozen or aborted xmin, and it forgets an xmax left by an aborted deleter
     * or a finished locker below the horizon.
     */
    @Override
    public Verdict judge(TupleVersion t) {
        return judge(t, recent());
    }

    /** {@link #judge(TupleVersion)} against a given horizon (one the caller computed). */
    public Verdict judge(TupleVersion t, long horizon) {
        byte hints = t.hints();
        if ((hints & TupleVersion.XMIN_ABORTED) != 0) {
            return Verdict.REMOVABLE;
        }
        if ((hints & TupleVersion.XMIN_FROZEN) == 0) {
            long xmin = t.xmin();
            XactState s = (hints & TupleVersion.XMIN_COMMITTED) != 0 ? XactState.COMMITTED : manager.state(xmin);
            switch (s) {
                case IN_PROGRESS -> {
                    return Verdict.LIVE;
                }
                case ABORTED -> {
                    t.hint(TupleVersion.XMIN_ABORTED);
                    return Verdict.REMOVABLE;
                }
                case COMMITTED -> t.hint(xmin < horizon ? TupleVersion.XMIN_FROZEN : TupleVersion.XMIN_COMMITTED);
            }
        }
        long xmax = t.xmax();
        if (xmax == 0) {
            return Verdict.LIVE;
        }
        XactState s = manager.state(xmax);
        if (t.lockOnly() || s == XactState.ABORTED) {
            if (s != XactState.IN_PROGRESS && xmax < horizon) {
                forgetXmax(t, xmax);
            }
            return Verdict.LIVE;
        }
        if (s == XactState.IN_PROGRESS) {
            return Verdict.LIVE;
        }
        return xmax < horizon ? Verdict.REMOVABLE : Verdict.RECENTLY_DEAD;
    }

    /** Clears an xmax that no longer means anything, unless a writer replaced it meanwhile. */
    private static void forgetXmax(TupleVersion t, long xmax) {
        synchronized (t) {
            if (t.xmax() == xmax) {
                t.clearXmax();
            }
        }
    }

    /** A vacuum pass over every table of the cluster begins; returns the horizon it must use. */
    public long passStarted() {
        return compute();
    }

    /**
     * The pass that began with {@code horizon} covered every table. Aborted xids below a
     * finished pass's horizon are forgotten once every running transaction began after it ended.
     */
    public synchronized void passFinished(long horizon) {
        if (pendingSeq < 0) {
            pendingHorizon = horizon;
            pendingSeq = beginSeq.get();
        }
        forgetSettledAborts();
    }

    /** Forgets the pending pass's aborted xids when no transaction older than its end is left. */
    public synchronized void forgetSettledAborts() {
        if (pendingSeq < 0) {
            return;
        }
        for (Holder x : holders.values()) {
            if (x.beginSeq <= pendingSeq) {
                return;
            }
        }
        manager.forgetAbortedBelow(pendingHorizon);
        pendingSeq = -1;
    }

    /** Transactions currently registered (for tests and monitoring). */
    public int registered() {
        return holders.size();
    }
}
