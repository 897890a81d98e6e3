package dev.olifant.storage;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The data of one table: its heap and the storage of each of its indexes, by index OID. It
 * outlives catalog versions: ALTER TABLE makes a new catalog entry that points to the same data.
 */
public final class TableStorage {
    /** Source of relfilenodes: cluster-unique, and moved past every recovered one at startup. */
    private static final java.util.concurrent.atomic.AtomicLong NEXT_ID = new java.util.concurrent.atomic.AtomicLong(1);
    private final long id;
    private final Heap heap = new Heap();

    public TableStorage() {
        this(NEXT_ID.getAndIncrement());
    }

    /** Storage with a known relfilenode (recovery). */
    public TableStorage(long id) {
        this.id = id;
        NEXT_ID.accumulateAndGet(id + 1, Math::max);
    }

    /** The relfilenode: WAL records name storage by it, since TRUNCATE gives a table new storage. */
    public long id() {
        return id;
    }
    private final Map<Long, OrderedIndex> indexes = new ConcurrentHashMap<>();
    private final TableStats stats = new TableStats();
    /**
     * Set while the indexes are built in the background after crash recovery: every access to
     * the indexes waits for it, so no one sees an index missing or half built, and no unique
     * check runs before its index holds every recovered version.
     */
    private volatile CompletableFuture<?> indexBuild;

    public Heap heap() {
        return heap;
    }

    public TableStats stats() {
        return stats;
    }

    /** The storage of every index of the table. */
    public java.util.Collection<OrderedIndex> indexes() {
        awaitIndexBuild();
        return indexes.values();
    }

    public OrderedIndex index(long indexOid) {
        awaitIndexBuild();
        return indexes.get(indexOid);
    }

    public void addIndex(long indexOid, OrderedIndex index) {
        awaitIndexBuild();
        indexes.put(indexOid, index);
    }

    public void dropIndex(long indexOid) {
        awaitIndexBuild();
        indexes.remove(indexOid);
    }

    /**
     * Recovery: the table's indexes are being built by {@code build}, which stores each with
     * {@link #addBuiltIndex} before it completes; until then every index access waits.
     */
    public void indexesBuiltBy(CompletableFuture<?> build) {
        indexBuild = build;
    }

    /** Stores an index built in the background (see {@link #indexesBuiltBy}); only the build calls it. */
    public void addBuiltIndex(long indexOid, OrderedIndex index) {
        indexes.put(indexOid, index);
    }

    private void awaitIndexBuild() {
        CompletableFuture<?> build = indexBuild;
        if (build != null) {
            build.join(); // a failed build keeps failing every index access: it was logged where it failed
            indexBuild = null;
        }
    }
}
