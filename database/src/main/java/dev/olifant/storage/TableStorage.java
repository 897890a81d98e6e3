package dev.olifant.storage;

import java.util.Map;
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

    public Heap heap() {
        return heap;
    }

    public TableStats stats() {
        return stats;
    }

    /** The storage of every index of the table. */
    public java.util.Collection<OrderedIndex> indexes() {
        return indexes.values();
    }

    public OrderedIndex index(long indexOid) {
        return indexes.get(indexOid);
    }

    public void addIndex(long indexOid, OrderedIndex index) {
        indexes.put(indexOid, index);
    }

    public void dropIndex(long indexOid) {
        indexes.remove(indexOid);
    }
}
