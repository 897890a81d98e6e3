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
 */
public record Partitioning(PartitionKey key, long parentOid, PartitionBound bound, boolean detachPending,
        java.util.Map<Long, Long> indexParents, java.util.List<Long> inhParents) {

    public Partitioning {
        indexParents = java.util.Map.copyOf(indexParents);
        inhParents = java.util.List.copyOf(inhParents);
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
        return new Partitioning(key, parentOid, bound, detachPending, indexParents, parents);
    }

    public boolean isPartitioned() {
        return key != null;
    }

    public boolean isPartition() {
        return parentOid != 0;
    }

    public Partitioning withKey(PartitionKey k) {
        return new Partitioning(k, parentOid, bound, detachPending, indexParents, inhParents);
    }

    public Partitioning withParent(long parent, PartitionBound b) {
        return new Partitioning(key, parent, b, false, parent == 0 ? java.util.Map.of() : indexParents, inhParents);
    }

    public Partitioning withDetachPending(boolean pending) {
        return new Partitioning(key, parentOid, bound, pending, indexParents, inhParents);
    }

    public Partitioning withIndexParent(long index, long parentIndex) {
        java.util.Map<Long, Long> m = new java.util.HashMap<>(indexParents);
        if (parentIndex == 0) {
            m.remove(index);
        } else {
            m.put(index, parentIndex);
        }
        return new Partitioning(key, parentOid, bound, detachPending, m, inhParents);
    }

    /** Null when there is nothing left to record. */
    public Partitioning orNull() {
        return key == null && parentOid == 0 && inhParents.isEmpty() ? null : this;
    }
}
