package dev.olifant.storage;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The data of one table: its heap and the storage of each of its indexes, by index OID. It
 * outlives catalog versions: ALTER TABLE makes a new catalog entry that points to the same data.
 */
public final class TableStorage {
    private final Heap heap = new Heap();
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
