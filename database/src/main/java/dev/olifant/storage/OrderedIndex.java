package dev.olifant.storage;

import java.util.Arrays;
import java.util.Iterator;
import java.util.NavigableSet;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * An ordered index (PostgreSQL's nbtree): entries (key, tuple id), ordered by key then tuple id.
 * Like PostgreSQL's, it holds an entry for every tuple version inserted, live or dead: callers
 * check visibility in the heap, and vacuum removes entries of versions no one can see.
 *
 * <p>Lookups take a <em>prefix</em> of the key columns, so a two-column index also serves
 * equality or ranges on its first column. Concurrent inserts and lookups need no lock.
 *
 * <p>An index on one integer column ({@code hashed}) also keeps its entries in a hash table from
 * key to tuple ids, so that an equality lookup on the whole key (a primary key's point lookup)
 * costs one probe instead of a walk down the skip list. Integer keys compare equal exactly when
 * their values are equal, so both structures agree on which entries a key matches.
 */
public final class OrderedIndex {
    private final IndexKeyOrder order;
    /** The skip list; {@link #entries} is its key view (every value is TRUE). */
    private final ConcurrentSkipListMap<Entry, Boolean> map;
    private final NavigableSet<Entry> entries;
    private final HashedTids hash;
    /** Each entry's key by tuple id, when kept ({@link #keepKeysByTid}); null otherwise. */
    private volatile java.util.concurrent.ConcurrentHashMap<Long, Object[]> keysByTid;

    /** A stored entry, or a search bound when {@code bias} is not 0. */
    private record Entry(Object[] key, long tid, int bias) {
    }

    public OrderedIndex(IndexKeyOrder order) {
        this(order, false);
    }

    /** @param hashed true for an index on one integer column (int2, int4, int8): adds the hash lookup path */
    public OrderedIndex(IndexKeyOrder order, boolean hashed) {
        this.order = order;
        this.map = new ConcurrentSkipListMap<>(this::compare);
        this.entries = map.keySet();
        this.hash = hashed && order.columnCount() == 1 ? new HashedTids() : null;
    }

    /** Bulk load: see {@link #build}. */
    private OrderedIndex(IndexKeyOrder order, boolean hashed, Object[][] keys, long[] tids, int n) {
        this.order = order;
        boolean hashPath = hashed && order.columnCount() == 1;
        int[] intOrder = hashPath && !order.descending()[0] ? IntKeySort.order(keys, tids, n, order.nullsFirst()[0])
                : null;
        // Keys sorted as integers are grouped after the sort; otherwise another thread gathers them meanwhile.
        java.util.concurrent.CompletableFuture<HashedTids> hashing = hashPath && intOrder == null
                ? java.util.concurrent.CompletableFuture.supplyAsync(() -> HashedTids.of(keys, tids, n))
                : null;
        Entry[] sorted = new Entry[n];
        if (intOrder != null) {
            for (int i = 0; i < n; i++) {
                sorted[i] = new Entry(keys[intOrder[i]], tids[intOrder[i]], 0);
            }
        } else {
            boolean inOrder = true;
            for (int i = 0; i < n; i++) {
                sorted[i] = new Entry(keys[i], tids[i], 0);
                if (inOrder && i > 0 && compare(sorted[i - 1], sorted[i]) > 0) {
                    inOrder = false;
                }
            }
            if (!inOrder) {
                if (n > 1 << 16) {
                    Arrays.parallelSort(sorted, this::compare);
                } else {
                    Arrays.sort(sorted, this::compare);
                }
            }
        }
        this.map = new ConcurrentSkipListMap<>(new SortedRun<>(sorted, 0, n, this::compare));
        this.entries = map.keySet();
        this.hash = !hashPath ? null
                : hashing != null ? hashing.join()
                : HashedTids.ofSorted(n, i -> sorted[i].key[0], i -> sorted[i].tid);
    }

    /**
     * An index holding the entries {@code (keys[i], tids[i])} for {@code i < n}, built at once
     * (rebuilding indexes after recovery): the entries are sorted once and the skip list is built
     * from the sorted run in one linear pass, instead of searching for the place of every entry
     * (entries gathered in key order, as a serial key's are in tuple id order, are not sorted
     * again); the hash path is filled meanwhile on another thread. Entries must be distinct
     * (every tuple id appears once).
     */
    public static OrderedIndex build(IndexKeyOrder order, boolean hashed, Object[][] keys, long[] tids, int n) {
        return new OrderedIndex(order, hashed, keys, tids, n);
    }

    public boolean hashed() {
        return hash != null;
    }

    private int compare(Entry a, Entry b) {
        int n = Math.min(a.key.length, b.key.length);
        for (int i = 0; i < n; i++) {
            int c = order.compareColumn(i, a.key[i], b.key[i]);
            if (c != 0) {
                return c;
            }
        }
        if (a.bias != 0 || b.bias != 0) {
            // A bound sorts before (bias -1) or after (bias +1) every entry sharing its prefix.
            return Integer.compare(a.bias, b.bias);
        }
        if (a.key.length != b.key.length) {
            return Integer.compare(a.key.length, b.key.length);
        }
        return Long.compare(a.tid, b.tid);
    }

    public IndexKeyOrder order() {
        return order;
    }

    /**
     * Keeps each entry's key by its tuple id from now on (those already stored included), for an
     * index whose key cannot be had again from the row without running code (an expression
     * index): an update that leaves the key's inputs unchanged then reuses it, as PostgreSQL's
     * heap-only update computes no key at all.
     */
    public void keepKeysByTid() {
        var m = new java.util.concurrent.ConcurrentHashMap<Long, Object[]>();
        for (Entry e : entries) {
            m.put(e.tid, e.key);
        }
        keysByTid = m;
    }

    /** Whether keys are kept by tuple id ({@link #keepKeysByTid}). */
    public boolean keepsKeysByTid() {
        return keysByTid != null;
    }

    /** An empty index ordered and hashed like this one, keeping keys by tuple id if this one does (TRUNCATE). */
    public OrderedIndex emptyCopy() {
        OrderedIndex copy = new OrderedIndex(order, hash != null);
        if (keysByTid != null) {
            copy.keepKeysByTid();
        }
        return copy;
    }

    /** The key stored for {@code tid}, or null when there is none or keys are not kept by tuple id. */
    public Object[] keyOf(long tid) {
        var m = keysByTid;
        return m == null ? null : m.get(tid);
    }

    public void insert(Object[] key, long tid) {
        if (hash != null) {
            hash.add(key[0], tid);
        }
        map.put(new Entry(key, tid, 0), Boolean.TRUE);
        var m = keysByTid;
        if (m != null) {
            m.put(tid, key);
        }
    }

    public void remove(Object[] key, long tid) {
        entries.remove(new Entry(key, tid, 0));
        if (hash != null) {
            hash.remove(key[0], tid);
        }
        var m = keysByTid;
        if (m != null) {
            m.remove(tid);
        }
    }

    /**
     * Removes every entry whose tuple id {@code dead} accepts (vacuum's bulk delete, as
     * PostgreSQL's ambulkdelete: one pass over the whole index).
     *
     * @return the number of entries removed
     */
    public long removeTids(java.util.function.LongPredicate dead) {
        long n = 0;
        for (Iterator<Entry> it = entries.iterator(); it.hasNext();) {
            Entry e = it.next();
            if (dead.test(e.tid)) {
                it.remove();
                if (hash != null) {
                    hash.remove(e.key[0], e.tid);
                }
                var m = keysByTid;
                if (m != null) {
                    m.remove(e.tid);
                }
                n++;
            }
        }
        return n;
    }

    /** Tuple ids of every entry whose key starts with {@code prefix}. */
    public Iterator<Long> lookup(Object[] prefix) {
        if (hash != null && prefix.length == 1) {
            Iterator<Long> found = hash.lookup(prefix[0]);
            if (found != null) {
                return found;
            }
        }
        return tids(entries.subSet(new Entry(prefix, 0, -1), true, new Entry(prefix, 0, 1), true));
    }

    /**
     * Tuple ids of entries between two key prefixes, in index order ({@code reverse} for
     * descending). A null bound is open; {@code inclusive} flags say whether keys equal to the
     * bound's prefix are included.
     */
    public Iterator<Long> range(Object[] low, boolean lowInclusive, Object[] high, boolean highInclusive,
            boolean reverse) {
        NavigableSet<Entry> set = entries;
        if (low != null && high != null) {
            set = set.subSet(new Entry(low, 0, lowInclusive ? -1 : 1), true,
                    new Entry(high, 0, highInclusive ? 1 : -1), true);
        } else if (low != null) {
            set = set.tailSet(new Entry(low, 0, lowInclusive ? -1 : 1), true);
        } else if (high != null) {
            set = set.headSet(new Entry(high, 0, highInclusive ? 1 : -1), true);
        }
        return tids(reverse ? set.descendingSet() : set);
    }

    private static Iterator<Long> tids(NavigableSet<Entry> set) {
        Iterator<Entry> it = set.iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public Long next() {
                return it.next().tid;
            }
        };
    }

    public int size() {
        return entries.size();
    }

    public void clear() {
        map.clear();
        if (hash != null) {
            hash.clear();
        }
    }
}
