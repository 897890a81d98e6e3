package dev.olifant.catalog;

/**
 * A table's place in a partition tree: its own partition key when it is partitioned
 * (relkind 'p'), and its parent and bound when it is a partition (relispartition).
 *
 * @param key           the partition key; null for a table that is not partitioned
 * @param parentOid     the partitioned table this one is a partition of; 0 for none
 * @param bound         the partition bound; null when {@code parentOid} is 0
 * @param detachPending set by the first transaction of DETACH PARTITION CONCURRENTLY
 *                      (pg_inherits.inhdetachpending)
 * @param indexParents  for each of this table's indexes that belongs to an index of the
 *                      parent (pg_inherits between indexes), the parent index's OID
 * @param inhParents    the tables this one inherits from by table inheritance (INHERITS), in
 *                      pg_inherits.inhseqno order; a partition's parent is {@code parentOid} instead
 * @param detachXid     the transaction that set {@code detachPending} (the xmin of PostgreSQL's
 *                      pg_inherits row): snapshots that see it committed no longer see the
 *                      partition; 0 when no detach is pending
 */
public record Partitioning(PartitionKey key, long parentOid, PartitionBound bound, boolean detachPending,
        java.util.Map<Long, Long> indexParents, java.util.List<Long> inhParents, long detachXid) {

    public Partitioning {
        indexParents = java.util.Map.copyOf(indexParents);
        inhParents = java.util.List.copyOf(inhParents);
    }

    public Partitioning(PartitionKey key, long parentOid, PartitionBound bound, boolean detachPending,
            java.util.Map<Long, Long> indexParents, java.util.List<Long> inhParents) {
        this(key, parentOid, bound, detachPending, indexParents, inhParents, 0);
    }

    public Partitioning(PartitionKey key, long parentOid, PartitionBound bound, boolean detachPending,
            java.util.Map<Long, Long> indexParents) {
        this(key, parentOid, bound, detachPending, indexParents, java.util.List.of());
    }

    public Partitioning(PartitionKey key, long parentOid, PartitionBound bound, boolean detachPending) {
        this(key, parentOid, bound, detachPending, java.util.Map.of());
    }

    /** Whether this table inherits from another by table inheritance. */
    public boolean inherits() {
        return !inhParents.isEmpty();
    }

    public Partitioning withInhParents(java.util.List<Long> parents) {
        return new Partitioning(key, parentOid, bound, detachPending, indexParents, parents, detachXid);
    }

    public boolean isPartitioned() {
        return key != null;
    }

    public boolean isPartition() {
        return parentOid != 0;
    }

    public Partitioning withKey(PartitionKey k) {
        return new Partitioning(k, parentOid, bound, detachPending, indexParents, inhParents, detachXid);
    }

    public Partitioning withParent(long parent, PartitionBound b) {
        return new Partitioning(key, parent, b, false, parent == 0 ? java.util.Map.of() : indexParents, inhParents);
    }

    /** Marks the detach of this partition pending, by transaction {@code xid} (0 clears it). */
    public Partitioning withDetachPending(long xid) {
        return new Partitioning(key, parentOid, bound, xid != 0, indexParents, inhParents, xid);
    }

    /**
     * Whether a statement with this snapshot no longer sees the partition in its parent's
     * partition descriptor: its detach is pending and the transaction that began it had
     * committed when the snapshot was taken (find_inheritance_children_extended's omit_detached).
     */
    public boolean detachedFor(dev.olifant.txn.Snapshot snapshot) {
        return detachPending && (snapshot == null || !snapshot.isRunning(detachXid));
    }

    public Partitioning withIndexParent(long index, long parentIndex) {
        java.util.Map<Long, Long> m = new java.util.HashMap<>(indexParents);
        if (parentIndex == 0) {
            m.remove(index);
        } else {
            m.put(index, parentIndex);
        }
        return new Partitioning(key, parentOid, bound, detachPending, m, inhParents, detachXid);
    }

    /** Null when there is nothing left to record. */
    public Partitioning orNull() {
        return key == null && parentOid == 0 && inhParents.isEmpty() ? null : this;
    }
}
