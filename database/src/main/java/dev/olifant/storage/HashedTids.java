package dev.olifant.storage;

import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The hash lookup path of an index on one integer column: key value (as a long) to the tuple ids
 * of its entries, ascending. The tuple id arrays are replaced, never changed in place, so a reader
 * iterates a consistent copy without a lock while writers add and remove (each change to a key
 * is atomic through {@link ConcurrentHashMap#compute}).
 */
final class HashedTids {
    private static final long[] NONE = new long[0];
    private final ConcurrentHashMap<Long, long[]> map;

    HashedTids() {
        this(16);
    }

    private HashedTids(int capacity) {
        this.map = new ConcurrentHashMap<>(capacity);
    }

    /**
     * The hash path of the entries {@code (keys[i][0], tids[i])} for {@code i < n}, built in bulk
     * (an index rebuild): each key's tuple ids are gathered in a growable list first, so a key
     * with many versions (a branch row updated thousands of times) costs linear time, not a copy
     * of its array per entry; then every list is stored once, ascending, in a map sized for them.
     */
    static HashedTids of(Object[][] keys, long[] tids, int n) {
        java.util.HashMap<Long, Gathered> gathered = new java.util.HashMap<>(Math.max(16, (int) Math.min(1 << 30, n * 4L / 3 + 1)));
        for (int i = 0; i < n; i++) {
            Long k = normalise(keys[i][0]);
            if (k != null) {
                gathered.computeIfAbsent(k, x -> new Gathered()).add(tids[i]);
            }
        }
        HashedTids h = new HashedTids(Math.max(16, gathered.size() * 4 / 3 + 1));
        for (var e : gathered.entrySet()) {
            h.map.put(e.getKey(), e.getValue().sortedArray());
        }
        return h;
    }

    /**
     * The hash path of {@code n} entries already in index order ({@code key(i)}, {@code tid(i)}):
     * equal keys are adjacent and their tuple ids ascending, so each key is stored once, without
     * gathering.
     */
    static HashedTids ofSorted(int n, java.util.function.IntFunction<Object> key, java.util.function.IntToLongFunction tid) {
        HashedTids h = new HashedTids(Math.max(16, (int) Math.min(1 << 30, n * 4L / 3 + 1)));
        int i = 0;
        while (i < n) {
            Long k = normalise(key.apply(i));
            int j = i + 1;
            while (j < n && k != null && k.equals(normalise(key.apply(j)))) {
                j++;
            }
            if (k != null) {
                long[] tids = new long[j - i];
                for (int t = i; t < j; t++) {
                    tids[t - i] = tid.applyAsLong(t);
                }
                h.map.put(k, tids);
            }
            i = j;
        }
        return h;
    }

    /** The tuple ids of one key while a bulk build gathers them. */
    private static final class Gathered {
        private long[] tids = new long[1];
        private int count;
        private boolean ascending = true;

        void add(long tid) {
            if (count == tids.length) {
                tids = Arrays.copyOf(tids, count * 2);
            }
            if (count > 0 && tids[count - 1] > tid) {
                ascending = false;
            }
            tids[count++] = tid;
        }

        long[] sortedArray() {
            long[] out = count == tids.length ? tids : Arrays.copyOf(tids, count);
            if (!ascending) {
                Arrays.sort(out);
            }
            return out;
        }
    }

    /** The key as a long, or null for a value this path does not serve (NULL, or not an integer). */
    private static Long normalise(Object v) {
        return switch (v) {
            case Integer i -> (long) i;
            case Long l -> l;
            case Short s -> (long) s;
            case null, default -> null;
        };
    }

    void add(Object value, long tid) {
        Long k = normalise(value);
        if (k == null) {
            return;
        }
        map.compute(k, (key, tids) -> {
            if (tids == null) {
                return new long[] {tid};
            }
            long[] out = Arrays.copyOf(tids, tids.length + 1);
            out[tids.length] = tid;
            if (tids[tids.length - 1] > tid) {
                Arrays.sort(out);
            }
            return out;
        });
    }

    void remove(Object value, long tid) {
        Long k = normalise(value);
        if (k == null) {
            return;
        }
        map.computeIfPresent(k, (key, tids) -> {
            int i = indexOf(tids, tid);
            if (i < 0) {
                return tids;
            }
            if (tids.length == 1) {
                return null;
            }
            long[] out = new long[tids.length - 1];
            System.arraycopy(tids, 0, out, 0, i);
            System.arraycopy(tids, i + 1, out, i, out.length - i);
            return out;
        });
    }

    private static int indexOf(long[] tids, long tid) {
        for (int i = 0; i < tids.length; i++) {
            if (tids[i] == tid) {
                return i;
            }
        }
        return -1;
    }

    /** The tuple ids for {@code value}, or null when this path cannot answer (the caller walks the skip list). */
    Iterator<Long> lookup(Object value) {
        Long k = normalise(value);
        if (k == null) {
            return null;
        }
        long[] tids = map.getOrDefault(k, NONE);
        return new Iterator<>() {
            int i;

            @Override
            public boolean hasNext() {
                return i < tids.length;
            }

            @Override
            public Long next() {
                if (i >= tids.length) {
                    throw new NoSuchElementException();
                }
                return tids[i++];
            }
        };
    }

    void clear() {
        map.clear();
    }
}
