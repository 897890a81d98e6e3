package dev.olifant.storage;

import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A table's tuple versions in insertion order. Tuple ids are positions: stable for the life of a
 * version, never reused until vacuum frees them.
 *
 * <p>Appends are serialised by {@code this}; readers see a prefix of the heap through the
 * volatile {@code size} (a version is fully stored before {@code size} covers it), so scans never
 * block writers and writers never block scans.
 */
public final class Heap {
    private static final int CHUNK_BITS = 12;
    private static final int CHUNK_SIZE = 1 << CHUNK_BITS;
    private static final int CHUNK_MASK = CHUNK_SIZE - 1;

    private volatile AtomicReferenceArray<TupleVersion>[] chunks;
    private volatile long size;

    @SuppressWarnings("unchecked")
    public Heap() {
        chunks = new AtomicReferenceArray[16];
    }

    /** Appends a version and returns its tuple id. */
    public synchronized long insert(TupleVersion tuple) {
        long tid = size;
        int chunk = (int) (tid >>> CHUNK_BITS);
        AtomicReferenceArray<TupleVersion>[] cs = chunks;
        if (chunk >= cs.length) {
            cs = java.util.Arrays.copyOf(cs, cs.length * 2);
            chunks = cs;
        }
        if (cs[chunk] == null) {
            cs[chunk] = new AtomicReferenceArray<>(CHUNK_SIZE);
        }
        cs[chunk].set((int) (tid & CHUNK_MASK), tuple);
        size = tid + 1;
        return tid;
    }

    /**
     * Stores a version at a given tuple id (WAL replay and checkpoint loading only): the heap grows
     * to cover it, skipped slots stay empty like vacuumed ones, and storing the same version again
     * is harmless.
     */
    public synchronized void insertAt(long tid, TupleVersion tuple) {
        int chunk = (int) (tid >>> CHUNK_BITS);
        AtomicReferenceArray<TupleVersion>[] cs = chunks;
        if (chunk >= cs.length) {
            cs = java.util.Arrays.copyOf(cs, Math.max(cs.length * 2, chunk + 1));
            chunks = cs;
        }
        for (int c = 0; c <= chunk; c++) {
            if (cs[c] == null) {
                cs[c] = new AtomicReferenceArray<>(CHUNK_SIZE);
            }
        }
        cs[chunk].set((int) (tid & CHUNK_MASK), tuple);
        if (tid >= size) {
            size = tid + 1;
        }
    }

    /** The version at {@code tid}, or null when vacuum removed it. */
    public TupleVersion fetch(long tid) {
        if (tid < 0 || tid >= size) {
            return null;
        }
        return chunks[(int) (tid >>> CHUNK_BITS)].get((int) (tid & CHUNK_MASK));
    }

    /** One past the highest tuple id handed out so far. */
    public long size() {
        return size;
    }

    /** Frees a dead version's slot (vacuum); its tuple id is never handed out again. */
    public void remove(long tid) {
        chunks[(int) (tid >>> CHUNK_BITS)].set((int) (tid & CHUNK_MASK), null);
    }
}
