package dev.olifant.lock;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * One session's identity in the lock manager (PostgreSQL's PGPROC): the locks its current
 * transaction holds, what it waits for, and its current xid. Locks are released together at
 * transaction end by {@link #releaseAll()}.
 *
 * <p>{@code held} is guarded by the manager's lock (and changed by another session only while this
 * one waits, or under {@code fastPath}'s monitor when that session moves this one's fast-path
 * locks into the lock table); the wait fields are volatile so views and the
 * deadlock search read them without stopping the waiter.
 */
public final class Locker {
    private final LockManager manager;
    private final int pid;
    private final int backendId;
    private final long database;
    private final LongSupplier xid;
    /** Table locks held: a bit mask of {@link LockMode} ordinals per tag (guarded by the manager). */
    final Map<LockTag, Integer> held = new LinkedHashMap<>();
    /**
     * Session-level locks (advisory locks taken outside a transaction's scope): how many times
     * each mode was taken per tag; they survive transaction end (guarded by the manager).
     */
    final Map<LockTag, int[]> sessionLocks = new LinkedHashMap<>();
    /** Weak relation locks taken on the fast path (guarded by its own monitor, see {@link LockManager}). */
    final FastPathLocks fastPath = new FastPathLocks();
    /** Tuples this transaction has row-locked (or claimed), to forget at transaction end. */
    final List<Object> lockedRows = new ArrayList<>();
    /** The table lock request this locker waits on, or null. */
    volatile LockManager.Request waitingLock;
    /** The transaction this locker waits to end, or 0. */
    volatile long waitingXid;
    /** The row whose lock the xid wait is for: relation OID, or 0. */
    volatile long waitingRowRelation;
    volatile Instant waitStart;
    /** The locker whose transaction this one waits to end (WaitForLockers), or null. */
    volatile Locker waitingLocker;
    /** The transaction number of {@code waitingLocker} awaited: once it moved on, nothing blocks this one. */
    volatile long waitingLockerTransaction;
    /**
     * The speculative insertion in progress (PostgreSQL's speculative insertion lock, held by its
     * inserter until the new version has all its index entries): its token, 0 when none, and the
     * version it inserted.
     */
    volatile long speculativeToken;
    volatile Object speculativeVersion;
    private long lastToken;
    /** The transaction whose speculative insertion this locker waits to finish, or 0. */
    volatile long waitingSpecXid;
    private volatile long localTransaction = 1;

    Locker(LockManager manager, int pid, int backendId, long database, LongSupplier xid) {
        this.manager = manager;
        this.pid = pid;
        this.database = database;
        this.backendId = backendId;
        this.xid = xid;
    }

    public int pid() {
        return pid;
    }

    /** The OID of the database the session is connected to. */
    public long database() {
        return database;
    }

    /** The tag of a relation of this locker's database. */
    public LockTag relation(long oid) {
        return new LockTag.Relation(database, oid);
    }

    public LockManager manager() {
        return manager;
    }

    /** The current transaction's xid, 0 when it has none. */
    public long xid() {
        return xid.getAsLong();
    }

    /** The local part of the virtual transaction id: it changes when the transaction ends. */
    long localTransaction() {
        return localTransaction;
    }

    /** PostgreSQL's virtual transaction id, {@code backendId/localTransactionId}. */
    public String virtualTransaction() {
        return backendId + "/" + localTransaction;
    }

    /** True while this locker waits for a table lock, for a transaction to end or for another's lockers. */
    public boolean waiting() {
        return waitingLock != null || waitingXid != 0 || waitingLocker != null || waitingSpecXid != 0;
    }

    /** Starts a speculative insertion of {@code version} (any value that identifies it, compared by equals). */
    public void beginSpeculation(Object version) {
        speculativeVersion = version;
        speculativeToken = ++lastToken;
    }

    /** Ends the speculative insertion: its version is complete, or taken back. */
    public void endSpeculation() {
        speculativeToken = 0;
        speculativeVersion = null;
    }

    /** True while the wait is for a transaction to end (a row lock) rather than a table lock. */
    public boolean waitingForTransaction() {
        return waitingXid != 0;
    }

    /** When the current wait started, or null. */
    public Instant waitStart() {
        return waitStart;
    }

    /** Releases every table and row lock of the ending transaction, waking their waiters. */
    public void releaseAll() {
        manager.releaseAll(this);
        localTransaction++;
    }

    /** Releases the session-level locks too, and unregisters the locker when its session ends. */
    public void close() {
        manager.releaseSessionLocks(this);
        releaseAll();
        manager.unregister(this);
    }

    @Override
    public String toString() {
        return "Locker[" + pid + "]";
    }
}
