package dev.olifant.lock;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.txn.TransactionManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The instance's lock table (PostgreSQL's lock.c and proc.c): table locks with a FIFO wait queue
 * per object, waits for transactions to end (the row-lock waits), and the deadlock search over
 * both.
 *
 * <p>Granting follows PostgreSQL: a request is granted at once when it conflicts neither with the
 * modes other lockers hold nor with any waiter's mode; otherwise it queues. A requester that
 * already holds a lock on the object goes ahead of the first waiter that conflicts with what it
 * holds (and fails at once with 40P01 when it also conflicts with what that waiter holds, the
 * "simple" deadlock). A release grants queued requests in order, each unless it conflicts with
 * granted modes or with an earlier request still waiting.
 *
 * <p>All table-lock state is guarded by {@code lock}; waiters poll their interrupts every 50 ms.
 *
 * <p><b>Fast path</b> (PostgreSQL's fast-path locking): the weak relation modes (ACCESS SHARE,
 * ROW SHARE, ROW EXCLUSIVE), which every SELECT and DML statement takes, conflict only with the
 * strong ones (SHARE and above). While no strong lock is held or awaited on a relation, a weak
 * lock on it is recorded in the session's own {@link FastPathLocks} under that object's monitor
 * only, never touching {@code lock}. {@code strongLocks} counts strong locks held or awaited per
 * hash partition of relations. A strong request first increments its partition's count, then
 * moves every session's fast-path entries for the relation into the lock table, and only then
 * checks conflicts. A weak request reads the count under its own monitor, so it either ran
 * before the move (and was moved) or sees the count and takes the lock table's path. Lock
 * order: {@code lock}, then a locker's fast-path monitor; never the reverse.
 */
public final class LockManager {
    private static final long POLL_MILLIS = 50;

    private final TransactionManager transactions;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Map<LockTag, LockState> states = new HashMap<>();
    private final Map<Integer, Locker> lockers = new ConcurrentHashMap<>();
    private final AtomicInteger backendIds = new AtomicInteger();
    private final RowLocks rows = new RowLocks();
    /** Strong relation locks held or awaited, per partition of {@link #partition(LockTag)}. */
    private final AtomicIntegerArray strongLocks = new AtomicIntegerArray(STRONG_PARTITIONS);
    private static final int STRONG_PARTITIONS = 1024;
    private static final int WEAK_MODES = LockMode.ACCESS_SHARE.bit() | LockMode.ROW_SHARE.bit()
            | LockMode.ROW_EXCLUSIVE.bit();
    /** The modes that conflict with a weak one: SHARE and above (SHARE UPDATE EXCLUSIVE does not). */
    private static final int STRONG_MODES = LockMode.SHARE.bit() | LockMode.SHARE_ROW_EXCLUSIVE.bit()
            | LockMode.EXCLUSIVE.bit() | LockMode.ACCESS_EXCLUSIVE.bit();

    /** One object's lock: who holds which modes, and who waits in what order. */
    static final class LockState {
        final Map<Locker, Integer> granted = new LinkedHashMap<>();
        final List<Request> queue = new ArrayList<>();

        boolean conflictsWithGranted(Locker me, LockMode mode) {
            for (Map.Entry<Locker, Integer> e : granted.entrySet()) {
                if (e.getKey() != me && mode.conflictsWithAny(e.getValue())) {
                    return true;
                }
            }
            return false;
        }

        int waitMaskBefore(int end) {
            int mask = 0;
            for (int i = 0; i < end; i++) {
                mask |= queue.get(i).mode.bit();
            }
            return mask;
        }
    }

    /** A queued table lock request. */
    static final class Request {
        final Locker locker;
        final LockTag tag;
        final LockMode mode;
        boolean granted;

        Request(Locker locker, LockTag tag, LockMode mode) {
            this.locker = locker;
            this.tag = tag;
            this.mode = mode;
        }
    }

    public LockManager(TransactionManager transactions) {
        this.transactions = transactions;
    }

    public TransactionManager transactions() {
        return transactions;
    }

    public RowLocks rows() {
        return rows;
    }

    /** Registers a session's locker; {@code xid} reads its current transaction's xid (0 for none). */
    public Locker register(int pid, long database, LongSupplier xid) {
        Locker l = new Locker(this, pid, backendIds.incrementAndGet(), database, xid);
        lockers.put(pid, l);
        return l;
    }

    void unregister(Locker l) {
        lockers.remove(l.pid(), l);
    }

    public Locker locker(int pid) {
        return lockers.get(pid);
    }

    public Collection<Locker> lockers() {
        return Collections.unmodifiableCollection(lockers.values());
    }

    /** The locker whose current transaction has this xid, or null. */
    Locker ownerOf(long xid) {
        if (xid == 0) {
            return null;
        }
        for (Locker l : lockers.values()) {
            if (l.xid() == xid) {
                return l;
            }
        }
        // a subtransaction's xid: its session recorded it with the row locks it took
        return rows().ownerOf(xid);
    }

    /** True when {@code me} holds {@code mode} or a stronger-or-equal mode that covers it on {@code tag}. */
    public boolean holds(Locker me, LockTag tag, LockMode mode) {
        synchronized (me.fastPath) {
            if ((me.fastPath.modes(tag) & mode.bit()) != 0) {
                return true;
            }
        }
        lock.lock();
        try {
            Integer mask = me.held.get(tag);
            return mask != null && (mask & mode.bit()) != 0;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Takes a table lock for the rest of {@code me}'s transaction, waiting as PostgreSQL does.
     *
     * @param name the relation's name, for the NOWAIT error
     */
    public void lockRelation(Locker me, LockTag tag, LockMode mode, WaitPolicy policy, Supplier<String> name) {
        acquire(me, tag, mode, policy, () -> new PgException(SqlState.LOCK_NOT_AVAILABLE,
                "could not obtain lock on relation \"" + name.get() + "\""));
    }

    /**
     * Takes a lock for the rest of the session (an advisory lock), counting re-acquisitions; under
     * NOWAIT returns false instead of waiting.
     */
    public boolean lockSession(Locker me, LockTag tag, LockMode mode, WaitPolicy policy) {
        if (!acquire(me, tag, mode, policy, null)) {
            return false;
        }
        lock.lock();
        try {
            me.sessionLocks.computeIfAbsent(tag, t -> new int[LockMode.values().length])[mode.ordinal()]++;
        } finally {
            lock.unlock();
        }
        return true;
    }

    /** Takes a lock to transaction end; under NOWAIT returns false instead of waiting. */
    public boolean tryLock(Locker me, LockTag tag, LockMode mode, WaitPolicy policy) {
        return acquire(me, tag, mode, policy, null);
    }

    /** Releases one session-level acquisition; false when the session holds none in that mode. */
    public boolean unlockSession(Locker me, LockTag tag, LockMode mode) {
        lock.lock();
        try {
            int[] counts = me.sessionLocks.get(tag);
            if (counts == null || counts[mode.ordinal()] == 0) {
                return false;
            }
            if (--counts[mode.ordinal()] == 0) {
                if (java.util.Arrays.stream(counts).allMatch(c -> c == 0)) {
                    me.sessionLocks.remove(tag);
                }
                dropModes(me, tag, mode.bit());
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Releases a lock of the current transaction before the transaction ends (PostgreSQL's
     * UnlockRelationOid), for commands that hold a table only while they work on it: VACUUM's
     * and ANALYZE's per-table work, the short lock that protects a name lookup.
     */
    public void unlock(Locker me, LockTag tag, LockMode mode) {
        synchronized (me.fastPath) {
            int modes = me.fastPath.modes(tag);
            if ((modes & mode.bit()) != 0) {
                me.fastPath.remove(tag);
                if (modes != mode.bit()) {
                    me.fastPath.add((LockTag.Relation) tag, modes & ~mode.bit());
                }
                return;
            }
        }
        lock.lock();
        try {
            if ((me.held.getOrDefault(tag, 0) & mode.bit()) != 0) {
                dropModes(me, tag, mode.bit());
            }
        } finally {
            lock.unlock();
        }
    }

    /** Releases every session-level lock (pg_advisory_unlock_all(), session end). */
    public void releaseSessionLocks(Locker me) {
        lock.lock();
        try {
            for (Map.Entry<LockTag, int[]> e : me.sessionLocks.entrySet()) {
                int mask = 0;
                for (int i = 0; i < e.getValue().length; i++) {
                    if (e.getValue()[i] > 0) {
                        mask |= LockMode.ofOrdinal(i).bit();
                    }
                }
                dropModes(me, e.getKey(), mask);
            }
            me.sessionLocks.clear();
        } finally {
            lock.unlock();
        }
    }

    /** Takes {@code modes} away from {@code me} on {@code tag} and wakes waiters; caller holds {@code lock}. */
    private void dropModes(Locker me, LockTag tag, int modes) {
        int before = me.held.getOrDefault(tag, 0);
        int strongDropped = tag instanceof LockTag.Relation ? Integer.bitCount(before & modes & STRONG_MODES) : 0;
        if (strongDropped > 0) {
            strongLocks.addAndGet(partition(tag), -strongDropped);
        }
        int left = before & ~modes;
        LockState st = states.get(tag);
        if (left == 0) {
            me.held.remove(tag);
            if (st != null) {
                st.granted.remove(me);
            }
        } else {
            me.held.put(tag, left);
            if (st != null) {
                st.granted.put(me, left);
            }
        }
        if (st != null) {
            grantWaiters(st);
            if (st.granted.isEmpty() && st.queue.isEmpty()) {
                states.remove(tag);
            }
        }
        changed.signalAll();
    }

    /**
     * The common path: grants at once, queues and waits, or — under NOWAIT — throws what
     * {@code refusal} makes (or returns false when it is null).
     */
    private boolean acquire(Locker me, LockTag tag, LockMode mode, WaitPolicy policy,
            Supplier<PgException> refusal) {
        if (tryFastPath(me, tag, mode)) {
            return true;
        }
        lock.lock();
        Request request = null;
        boolean counted = false;
        LockState st = states.computeIfAbsent(tag, t -> new LockState());
        try {
            int mine = me.held.getOrDefault(tag, 0);
            if ((mine & mode.bit()) != 0) {
                return true;
            }
            if (tag instanceof LockTag.Relation && (mode.bit() & STRONG_MODES) != 0) {
                strongLocks.incrementAndGet(partition(tag));
                counted = true;
                moveFastPathLocks(tag, st);
                mine = me.held.getOrDefault(tag, 0);
            }
            if (!st.conflictsWithGranted(me, mode) && !mode.conflictsWithAny(st.waitMaskBefore(st.queue.size()))) {
                grant(st, me, tag, mode);
                return true;
            }
            int position = st.queue.size();
            if (mine != 0) {
                for (int i = 0; i < st.queue.size(); i++) {
                    Request ahead = st.queue.get(i);
                    if (ahead.mode.conflictsWithAny(mine)) {
                        if (mode.conflictsWithAny(st.granted.getOrDefault(ahead.locker, 0))) {
                            throw Deadlocks.simple(me, mode, tag, ahead.locker);
                        }
                        position = i;
                        break;
                    }
                }
                if (position < st.queue.size() && !st.conflictsWithGranted(me, mode)
                        && !mode.conflictsWithAny(st.waitMaskBefore(position))) {
                    grant(st, me, tag, mode);
                    return true;
                }
            }
            if (policy.nowait()) {
                if (refusal == null) {
                    return false;
                }
                throw refusal.get();
            }
            request = new Request(me, tag, mode);
            st.queue.add(position, request);
            me.waitStart = Instant.now();
            me.waitingLock = request;
            waitForGrant(request, policy);
            return true;
        } finally {
            if (request != null) {
                me.waitingLock = null;
                me.waitStart = null;
                if (!request.granted) {
                    st.queue.remove(request);
                    grantWaiters(st);
                }
            }
            if (counted && (me.held.getOrDefault(tag, 0) & mode.bit()) == 0) {
                strongLocks.decrementAndGet(partition(tag)); // refused, timed out or cancelled
            }
            if (st.granted.isEmpty() && st.queue.isEmpty()) {
                states.remove(tag);
            }
            lock.unlock();
        }
    }

    /** Takes a weak relation lock on the fast path when no strong lock is held or awaited on the relation. */
    private boolean tryFastPath(Locker me, LockTag tag, LockMode mode) {
        if (!(tag instanceof LockTag.Relation relation) || (mode.bit() & WEAK_MODES) == 0) {
            return false;
        }
        synchronized (me.fastPath) {
            return strongLocks.get(partition(tag)) == 0 && me.fastPath.add(relation, mode.bit());
        }
    }

    /** Moves every session's fast-path locks on {@code tag} into the lock table; caller holds {@code lock}. */
    private void moveFastPathLocks(LockTag tag, LockState st) {
        for (Locker l : lockers.values()) {
            synchronized (l.fastPath) {
                int modes = l.fastPath.remove(tag);
                if (modes != 0) {
                    st.granted.merge(l, modes, (a, b) -> a | b);
                    l.held.merge(tag, modes, (a, b) -> a | b);
                }
            }
        }
    }

    private static int partition(LockTag tag) {
        return (tag.hashCode() * 0x9E3779B9) >>> (32 - 10);
    }

    private void waitForGrant(Request request, WaitPolicy policy) {
        long start = System.currentTimeMillis();
        long deadline = policy.lockTimeoutMillis() > 0 ? start + policy.lockTimeoutMillis() : Long.MAX_VALUE;
        boolean checked = false;
        while (!request.granted) {
            try {
                changed.await(POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PgException(SqlState.QUERY_CANCELED, "canceling statement due to user request");
            }
            if (request.granted) {
                return;
            }
            policy.interrupts().run();
            long now = System.currentTimeMillis();
            if (!checked && now - start >= policy.deadlockTimeoutMillis()) {
                checked = true;
                new Deadlocks(this).check(request.locker);
                if (request.granted) {
                    return;
                }
            }
            if (now >= deadline) {
                throw lockTimeout();
            }
        }
    }

    static PgException lockTimeout() {
        return new PgException(SqlState.LOCK_NOT_AVAILABLE, "canceling statement due to lock timeout");
    }

    private static void grant(LockState st, Locker me, LockTag tag, LockMode mode) {
        st.granted.merge(me, mode.bit(), (a, b) -> a | b);
        me.held.merge(tag, mode.bit(), (a, b) -> a | b);
    }

    /** Grants queued requests in order (PostgreSQL's ProcLockWakeup); caller holds {@code lock}. */
    void grantWaiters(LockState st) {
        int ahead = 0;
        boolean any = false;
        for (var it = st.queue.iterator(); it.hasNext();) {
            Request r = it.next();
            if (!st.conflictsWithGranted(r.locker, r.mode) && !r.mode.conflictsWithAny(ahead)) {
                it.remove();
                grant(st, r.locker, r.tag, r.mode);
                r.granted = true;
                any = true;
            } else {
                ahead |= r.mode.bit();
            }
        }
        if (any) {
            changed.signalAll();
        }
    }

    /** Moves {@code waiter} ahead of {@code blocker} in their common queue (resolving a soft deadlock). */
    void moveAhead(Request waiter, Request blocker) {
        LockState st = states.get(waiter.tag);
        st.queue.remove(waiter);
        st.queue.add(st.queue.indexOf(blocker), waiter);
        grantWaiters(st);
    }

    LockState state(LockTag tag) {
        return states.get(tag);
    }

    /** Releases the transaction's locks; session-level locks stay. */
    void releaseAll(Locker me) {
        boolean inTable;
        synchronized (me.fastPath) {
            me.fastPath.clear();
            // Others change this locker's held locks only while it waits, or (moving its fast-path
            // locks) under this monitor: what it reads here is current.
            inTable = !me.held.isEmpty();
        }
        if (!inTable) {
            rows.release(me);
            return;
        }
        lock.lock();
        try {
            for (LockTag tag : List.copyOf(me.held.keySet())) {
                int keep = 0;
                int[] counts = me.sessionLocks.get(tag);
                if (counts != null) {
                    for (int i = 0; i < counts.length; i++) {
                        if (counts[i] > 0) {
                            keep |= LockMode.ofOrdinal(i).bit();
                        }
                    }
                }
                dropModes(me, tag, me.held.get(tag) & ~keep);
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        rows.release(me);
    }

    /**
     * Waits for transaction {@code xid} to end (a row lock's wait: PostgreSQL's ShareLock on the
     * transaction id), taking part in deadlock detection.
     *
     * @param relation the OID of the relation whose row is wanted (for pg_locks), or 0
     * @return false when lock_timeout expired
     */
    public boolean awaitTransaction(Locker me, long xid, long relation, WaitPolicy policy) {
        me.waitStart = Instant.now();
        me.waitingRowRelation = relation;
        me.waitingXid = xid;
        try {
            return awaitEnd(me, xid, policy, () -> true);
        } finally {
            me.waitingXid = 0;
            me.waitingRowRelation = 0;
            me.waitStart = null;
        }
    }

    /** Whether transaction {@code xid} is inserting {@code version} speculatively right now. */
    public boolean speculating(long xid, Object version) {
        Locker owner = ownerOf(xid);
        return owner != null && owner.speculativeToken != 0 && version.equals(owner.speculativeVersion);
    }

    /**
     * PostgreSQL's SpeculativeInsertionWait: when transaction {@code xid} is inserting {@code
     * version} speculatively, waits until that insertion is complete or taken back (or the
     * transaction ends), not for the transaction. Returns false on lock timeout.
     */
    public boolean awaitSpeculation(Locker me, long xid, Object version, WaitPolicy policy) {
        Locker owner = ownerOf(xid);
        long token = owner == null ? 0 : owner.speculativeToken;
        if (token == 0 || !version.equals(owner.speculativeVersion)) {
            return true;
        }
        me.waitStart = Instant.now();
        me.waitingSpecXid = xid;
        try {
            return awaitEnd(me, xid, policy, () -> owner.speculativeToken == token);
        } finally {
            me.waitingSpecXid = 0;
            me.waitStart = null;
        }
    }

    /**
     * Waits for transaction {@code xid} to end while {@code waiting} holds, polling interrupts and
     * searching for a deadlock once after deadlock_timeout; false when lock_timeout expired.
     */
    private boolean awaitEnd(Locker me, long xid, WaitPolicy policy, java.util.function.BooleanSupplier waiting) {
        long start = System.currentTimeMillis();
        long deadline = policy.lockTimeoutMillis() > 0 ? start + policy.lockTimeoutMillis() : Long.MAX_VALUE;
        boolean checked = false;
        while (waiting.getAsBoolean()) {
            if (transactions.awaitEnd(xid, POLL_MILLIS, policy.interrupts(), 0, me.pid(), 0)) {
                return true;
            }
            long now = System.currentTimeMillis();
            if (!checked && now - start >= policy.deadlockTimeoutMillis()) {
                checked = true;
                lock.lock();
                try {
                    new Deadlocks(this).check(me);
                } finally {
                    lock.unlock();
                }
            }
            if (now >= deadline) {
                return false;
            }
        }
        return true;
    }

    /**
     * PostgreSQL's WaitForLockers: waits until every transaction that, right now, holds a lock on
     * {@code tag} conflicting with {@code mode} has ended (transactions that take such a lock later
     * are not waited for). REINDEX CONCURRENTLY waits so between its phases without locking out
     * anyone. The wait takes part in deadlock detection and pg_blocking_pids().
     */
    public void waitForLockers(Locker me, LockTag tag, LockMode mode, WaitPolicy policy) {
        Map<Locker, Long> holders = locked(() -> {
            Map<Locker, Long> out = new LinkedHashMap<>();
            LockState st = states.get(tag);
            if (st != null) {
                for (Map.Entry<Locker, Integer> e : st.granted.entrySet()) {
                    if (e.getKey() != me && mode.conflictsWithAny(e.getValue())) {
                        out.put(e.getKey(), e.getKey().localTransaction());
                    }
                }
            }
            // weak locks taken on the fast path are not in the lock table (GetLockConflicts reads them too)
            for (Locker l : lockers.values()) {
                if (l == me || out.containsKey(l)) {
                    continue;
                }
                synchronized (l.fastPath) {
                    if (mode.conflictsWithAny(l.fastPath.modes(tag))) {
                        out.put(l, l.localTransaction());
                    }
                }
            }
            return out;
        });
        for (Map.Entry<Locker, Long> h : holders.entrySet()) {
            awaitLocker(me, h.getKey(), h.getValue(), policy);
        }
    }

    /** Waits until {@code other} has left its transaction number {@code transaction} (or its session ended). */
    private void awaitLocker(Locker me, Locker other, long transaction, WaitPolicy policy) {
        long start = System.currentTimeMillis();
        long deadline = policy.lockTimeoutMillis() > 0 ? start + policy.lockTimeoutMillis() : Long.MAX_VALUE;
        boolean checked = false;
        me.waitStart = Instant.now();
        me.waitingLockerTransaction = transaction;
        me.waitingLocker = other;
        try {
            while (other.localTransaction() == transaction && lockers.get(other.pid()) == other) {
                lock.lock();
                try {
                    changed.await(POLL_MILLIS, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new PgException(SqlState.QUERY_CANCELED, "canceling statement due to user request");
                } finally {
                    lock.unlock();
                }
                policy.interrupts().run();
                long now = System.currentTimeMillis();
                if (!checked && now - start >= policy.deadlockTimeoutMillis()) {
                    checked = true;
                    locked(() -> {
                        new Deadlocks(this).check(me);
                        return null;
                    });
                }
                if (now >= deadline) {
                    throw lockTimeout();
                }
            }
        } finally {
            me.waitingLocker = null;
            me.waitStart = null;
        }
    }

    /** Runs {@code body} with the lock table stable (for the deadlock search and the views). */
    <T> T locked(Supplier<T> body) {
        lock.lock();
        try {
            return body.get();
        } finally {
            lock.unlock();
        }
    }

    Map<LockTag, LockState> states() {
        return states;
    }

    /** PostgreSQL's pg_blocking_pids(): the sessions {@code pid} waits for, in no particular order. */
    public int[] blockingPids(int pid) {
        Locker l = lockers.get(pid);
        if (l == null) {
            return new int[0];
        }
        return locked(() -> {
            List<Deadlocks.Edge> edges = new Deadlocks(this).edges(l);
            return edges.stream().mapToInt(e -> e.to().pid()).distinct().toArray();
        });
    }

    /** pg_locks: every lock held or awaited, as rows of {@link LockInfo}. */
    public List<LockInfo> snapshot() {
        return locked(() -> LockInfo.collect(this));
    }
}
