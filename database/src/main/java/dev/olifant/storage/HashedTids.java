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
     * The hash path of the entries {@code (keys[i][0], tids[i])} for {@code i < n}, in one pass
     * over a map sized for them up front (an index bulk load). Each key's tuple ids end ascending
     * whatever order the entries come in.
     */
    static HashedTids of(Object[][] keys, long[] tids, int n) {
        HashedTids h = new HashedTids(Math.max(16, (int) Math.min(1 << 30, n * 4L / 3 + 1)));
        for (int i = 0; i < n; i++) {
            Long k = normalise(keys[i][0]);
            if (k == null) {
                continue;
            }
            long tid = tids[i];
            long[] one = {tid};
            long[] had = h.map.putIfAbsent(k, one);
            if (had != null) {
                long[] out = Arrays.copyOf(had, had.length + 1);
                out[had.length] = tid;
                if (had[had.length - 1] > tid) {
                    Arrays.sort(out);
                }
                h.map.put(k, out);
            }
        }
        return h;
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
