package dev.olifant.txn.ssi;

import dev.olifant.storage.IndexKeyOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The SIREAD locks of all serializable transactions, by target (PostgreSQL's predicate lock
 * target hash). Three granularities:
 * <ul>
 *   <li>relation: a sequential scan read the whole table; any write to it conflicts;</li>
 *   <li>tuple: a tuple version (heap, tid) was read; an UPDATE or DELETE of it conflicts;</li>
 *   <li>index range: an index scan covered a key range (PostgreSQL locks the btree pages it
 *       visited); inserting an index entry with a key in the range conflicts, which catches
 *       phantoms. UPDATE inserts new index entries, so it meets ranges too.</li>
 * </ul>
 * Targets are identified by their storage objects (the heap, the index), never by OID, so no two
 * databases share one. A transaction holding more than {@link #PROMOTE_AT} tuple or range locks
 * on one relation trades them for a relation lock (PostgreSQL's lock promotion).
 *
 * <p>Not thread-safe: {@link SerializableManager} calls it under its monitor.
 */
final class PredicateLockTable {
    static final int PROMOTE_AT = 64;

    private record RangeLock(SerializableXact holder, IndexKeyOrder order, Object[] low, boolean lowInclusive,
            Object[] high, boolean highInclusive) {

        boolean covers(Object[] key) {
            if (low != null) {
                int c = comparePrefix(key, low);
                if (c < 0 || c == 0 && !lowInclusive) {
                    return false;
                }
            }
            if (high != null) {
                int c = comparePrefix(key, high);
                return c < 0 || c == 0 && highInclusive;
            }
            return true;
        }

        private int comparePrefix(Object[] key, Object[] bound) {
            for (int i = 0; i < bound.length; i++) {
                int c = order.compareColumn(i, key[i], bound[i]);
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        }

        boolean sameRange(Object[] lo, boolean loInc, Object[] hi, boolean hiInc) {
            return lowInclusive == loInc && highInclusive == hiInc && java.util.Arrays.equals(low, lo)
                    && java.util.Arrays.equals(high, hi);
        }
    }

    /** What one transaction holds, to find and release its locks. */
    static final class Held {
        final Set<Object> relations = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        final Map<Object, Set<Long>> tuples = new IdentityHashMap<>();
        /** Range locks by index, and the heap each index belongs to (for promotion). */
        final Map<Object, List<RangeLock>> ranges = new IdentityHashMap<>();
        final Map<Object, Object> heapOfIndex = new IdentityHashMap<>();

        boolean isEmpty() {
            return relations.isEmpty() && tuples.isEmpty() && ranges.isEmpty();
        }
    }

    private final Map<Object, Set<SerializableXact>> relationLocks = new IdentityHashMap<>();
    private final Map<Object, Map<Long, Set<SerializableXact>>> tupleLocks = new IdentityHashMap<>();
    private final Map<Object, List<RangeLock>> rangeLocks = new IdentityHashMap<>();

    void lockRelation(SerializableXact sx, Object heap) {
        if (!sx.held.relations.add(heap)) {
            return;
        }
        relationLocks.computeIfAbsent(heap, k -> new HashSet<>()).add(sx);
        // The relation lock covers every finer lock on the same table.
        Set<Long> tids = sx.held.tuples.remove(heap);
        if (tids != null) {
            Map<Long, Set<SerializableXact>> byTid = tupleLocks.get(heap);
            for (Long tid : tids) {
                removeFrom(byTid, tid, sx);
            }
            if (byTid != null && byTid.isEmpty()) {
                tupleLocks.remove(heap);
            }
        }
        List<Object> indexes = new ArrayList<>();
        sx.held.heapOfIndex.forEach((index, h) -> {
            if (h == heap) {
                indexes.add(index);
            }
        });
        for (Object index : indexes) {
            dropRanges(sx, index);
        }
    }

    void lockTuple(SerializableXact sx, Object heap, long tid) {
        if (sx.held.relations.contains(heap)) {
            return;
        }
        Set<Long> mine = sx.held.tuples.computeIfAbsent(heap, k -> new HashSet<>());
        if (!mine.add(tid)) {
            return;
        }
        if (mine.size() > PROMOTE_AT) {
            lockRelation(sx, heap);
            return;
        }
        tupleLocks.computeIfAbsent(heap, k -> new HashMap<>()).computeIfAbsent(tid, k -> new HashSet<>()).add(sx);
    }

    void lockRange(SerializableXact sx, Object heap, Object index, IndexKeyOrder order, Object[] low,
            boolean lowInclusive, Object[] high, boolean highInclusive) {
        if (sx.held.relations.contains(heap)) {
            return;
        }
        if (low == null && high == null) {
            lockRelation(sx, heap);
            return;
        }
        List<RangeLock> mine = sx.held.ranges.computeIfAbsent(index, k -> new ArrayList<>());
        for (RangeLock r : mine) {
            if (r.sameRange(low, lowInclusive, high, highInclusive)) {
                return;
            }
        }
        if (mine.size() >= PROMOTE_AT) {
            lockRelation(sx, heap);
            return;
        }
        RangeLock lock = new RangeLock(sx, order, low, lowInclusive, high, highInclusive);
        mine.add(lock);
        sx.held.heapOfIndex.put(index, heap);
        rangeLocks.computeIfAbsent(index, k -> new ArrayList<>()).add(lock);
    }

    /** Holders of locks an UPDATE or DELETE of ({@code heap}, {@code tid}) conflicts with; tid -1 for an INSERT. */
    void holdersForWrite(Object heap, long tid, Set<SerializableXact> out) {
        Set<SerializableXact> rel = relationLocks.get(heap);
        if (rel != null) {
            out.addAll(rel);
        }
        if (tid >= 0) {
            Map<Long, Set<SerializableXact>> byTid = tupleLocks.get(heap);
            if (byTid != null) {
                Set<SerializableXact> t = byTid.get(tid);
                if (t != null) {
                    out.addAll(t);
                }
            }
        }
    }

    /** Holders of range locks covering a new index entry's key. */
    void holdersForIndexInsert(Object index, Object[] key, Set<SerializableXact> out) {
        List<RangeLock> list = rangeLocks.get(index);
        if (list == null) {
            return;
        }
        for (RangeLock r : list) {
            if (r.covers(key)) {
                out.add(r.holder());
            }
        }
    }

    /** Releases every lock {@code sx} holds. */
    void releaseAll(SerializableXact sx) {
        Held h = sx.held;
        for (Object heap : h.relations) {
            Set<SerializableXact> s = relationLocks.get(heap);
            if (s != null && s.remove(sx) && s.isEmpty()) {
                relationLocks.remove(heap);
            }
        }
        h.relations.clear();
        h.tuples.forEach((heap, tids) -> {
            Map<Long, Set<SerializableXact>> byTid = tupleLocks.get(heap);
            for (Long tid : tids) {
                removeFrom(byTid, tid, sx);
            }
            if (byTid != null && byTid.isEmpty()) {
                tupleLocks.remove(heap);
            }
        });
        h.tuples.clear();
        for (Object index : new ArrayList<>(h.ranges.keySet())) {
            dropRanges(sx, index);
        }
    }

    private void dropRanges(SerializableXact sx, Object index) {
        List<RangeLock> mine = sx.held.ranges.remove(index);
        sx.held.heapOfIndex.remove(index);
        if (mine == null) {
            return;
        }
        List<RangeLock> all = rangeLocks.get(index);
        if (all != null) {
            all.removeIf(r -> r.holder() == sx);
            if (all.isEmpty()) {
                rangeLocks.remove(index);
            }
        }
    }

    private static void removeFrom(Map<Long, Set<SerializableXact>> byTid, Long tid, SerializableXact sx) {
        if (byTid == null) {
            return;
        }
        Set<SerializableXact> s = byTid.get(tid);
        if (s != null && s.remove(sx) && s.isEmpty()) {
            byTid.remove(tid);
        }
    }

    /** Number of lock targets, for tests and monitoring. */
    int targetCount() {
        int n = relationLocks.size();
        for (Map<Long, Set<SerializableXact>> m : tupleLocks.values()) {
            n += m.size();
        }
        for (List<RangeLock> l : rangeLocks.values()) {
            n += l.size();
        }
        return n;
    }
}
