package dev.olifant.storage;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A table's tuple versions in insertion order. Tuple ids are positions: stable for the life of a
 * version and never reused, even after vacuum frees the slot.
 *
 * <p>Appends are serialised by {@code this}; readers see a prefix of the heap through the
 * volatile {@code size} (a version is fully stored before {@code size} covers it), so scans never
 * block writers and writers never block scans. Vacuum and pruning {@link #remove} slots without
 * a lock; a reader then finds null where the version was, which every caller treats as "not
 * there". A chunk whose every slot was removed is dropped altogether, so memory follows the
 * number of versions kept, not the number ever written (only the chunk directory, one reference
 * per {@value #CHUNK_SIZE} tuple ids, keeps growing).
 */
public final class Heap {
    private static final int CHUNK_BITS = 12;
    private static final int CHUNK_SIZE = 1 << CHUNK_BITS;
    private static final int CHUNK_MASK = CHUNK_SIZE - 1;

    /** One chunk of slots, with the number of them removed so far. */
    private static final class Chunk {
        final AtomicReferenceArray<TupleVersion> slots = new AtomicReferenceArray<>(CHUNK_SIZE);
        final AtomicInteger removed = new AtomicInteger();
    }

    private volatile Chunk[] chunks;
    private volatile long size;
    private final AtomicInteger freedChunks = new AtomicInteger();
    /** Slots removed so far. */
    private final AtomicLong removedSlots = new AtomicLong();

    private static final java.lang.invoke.VarHandle SIZE;

    static {
        try {
            SIZE = java.lang.invoke.MethodHandles.lookup().findVarHandle(Heap.class, "size", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    public Heap() {
        chunks = new Chunk[16];
    }

    /** Appends a version and returns its tuple id. */
    public synchronized long insert(TupleVersion tuple) {
        long tid = size;
        int chunk = (int) (tid >>> CHUNK_BITS);
        Chunk[] cs = chunks;
        if (chunk >= cs.length) {
            cs = java.util.Arrays.copyOf(cs, cs.length * 2);
            chunks = cs;
        }
        if (cs[chunk] == null) {
            cs[chunk] = new Chunk();
        }
        cs[chunk].slots.set((int) (tid & CHUNK_MASK), tuple);
        size = tid + 1;
        return tid;
    }

    /**
     * Stores a version at a given tuple id (WAL replay and checkpoint loading only, before vacuum
     * runs): the heap grows to cover it, skipped slots stay empty like vacuumed ones (a chunk with
     * none stored stays absent, like a freed one), and storing the same version again is harmless.
     * A chunk left with empty slots this way is never freed as a whole; vacuum still empties it.
     *
     * <p>Replay stores versions of one heap from several threads (different tuple ids), so this
     * takes the lock only to create a chunk; {@code size} only grows, by compare-and-set. It must
     * not run beside {@link #insert}, which nothing does while a heap is being replayed.
     */
    public void insertAt(long tid, TupleVersion tuple) {
        int chunk = (int) (tid >>> CHUNK_BITS);
        Chunk[] cs = chunks;
        Chunk c = chunk < cs.length ? cs[chunk] : null;
        if (c == null) {
            c = chunkAt(chunk);
        }
        c.slots.set((int) (tid & CHUNK_MASK), tuple);
        long s;
        while (tid >= (s = size) && !SIZE.compareAndSet(this, s, tid + 1)) {
            Thread.onSpinWait();
        }
    }

    /** The chunk for chunk number {@code chunk}, created (and the directory grown) when missing. */
    private synchronized Chunk chunkAt(int chunk) {
        Chunk[] cs = chunks;
        if (chunk >= cs.length) {
            cs = java.util.Arrays.copyOf(cs, Math.max(cs.length * 2, chunk + 1));
            chunks = cs;
        }
        if (cs[chunk] == null) {
            cs[chunk] = new Chunk();
        }
        return cs[chunk];
    }

    /** The version at {@code tid}, or null when vacuum removed it. */
    public TupleVersion fetch(long tid) {
        if (tid < 0 || tid >= size) {
            return null;
        }
        Chunk c = chunks[(int) (tid >>> CHUNK_BITS)];
        return c == null ? null : c.slots.get((int) (tid & CHUNK_MASK));
    }

    /** One past the highest tuple id handed out so far. */
    public long size() {
        return size;
    }

    /**
     * The first tuple id at or after {@code tid} whose chunk still exists (so a scan skips freed
     * chunks at once), or {@code size()} when there is none.
     */
    public long nextInUse(long tid) {
        long end = size;
        Chunk[] cs = chunks;
        while (tid < end && cs[(int) (tid >>> CHUNK_BITS)] == null) {
            tid = ((tid >>> CHUNK_BITS) + 1) << CHUNK_BITS;
        }
        return Math.min(tid, end);
    }

    /**
     * Frees a dead version's slot (vacuum or pruning); its tuple id is never handed out again.
     * Removing a slot twice is harmless.
     *
     * @return true when this call removed the version
     */
    public boolean remove(long tid) {
        if (tid < 0 || tid >= size) {
            return false;
        }
        int ci = (int) (tid >>> CHUNK_BITS);
        Chunk c = chunks[ci];
        if (c == null || c.slots.getAndSet((int) (tid & CHUNK_MASK), null) == null) {
            return false;
        }
        removedSlots.incrementAndGet();
        if (c.removed.incrementAndGet() == CHUNK_SIZE) {
            freeChunk(ci, c);
        }
        return true;
    }

    /** Drops a chunk all of whose slots were handed out and removed. */
    private synchronized void freeChunk(int ci, Chunk c) {
        if (chunks[ci] == c) {
            chunks[ci] = null;
            freedChunks.incrementAndGet();
        }
    }

    /** Versions stored and not removed (live or dead, as far as the heap knows). */
    public long storedVersions() {
        return size - removedSlots.get();
    }

    /** Chunks currently allocated. */
    public int allocatedChunks() {
        long n = (size + CHUNK_SIZE - 1) >>> CHUNK_BITS;
        return (int) n - freedChunks.get();
    }
}
