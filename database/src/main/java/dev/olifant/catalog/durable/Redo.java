package dev.olifant.catalog.durable;

import dev.olifant.catalog.Catalog;
import dev.olifant.catalog.Cluster;
import dev.olifant.catalog.Database;
import dev.olifant.catalog.Index;
import dev.olifant.catalog.Relation;
import dev.olifant.catalog.Sequence;
import dev.olifant.catalog.Table;
import dev.olifant.storage.Heap;
import dev.olifant.storage.IndexKeyOrder;
import dev.olifant.storage.OrderedIndex;
import dev.olifant.storage.SequenceData;
import dev.olifant.storage.TableStorage;
import dev.olifant.storage.TupleVersion;
import dev.olifant.types.ValueOps;
import dev.olifant.wal.RecordType;
import dev.olifant.wal.WalInput;
import dev.olifant.wal.WalReader;
import dev.olifant.wal.WalRecord;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

/**
 * Applies WAL records to a cluster: what crash recovery does after loading a checkpoint image,
 * and what a standby will do continuously.
 *
 * <p>Every record is idempotent, so replaying one whose effect the image already holds is
 * harmless: an insert stores the same version at the same tuple id; a delete of a version the
 * image no longer has (it was deleted before the checkpoint) is skipped; a catalog record
 * replaces the catalog; a row record for storage that no longer exists (its table was dropped
 * or truncated later in the log) is skipped. Replayed versions carry their xid with command id
 * 0; only committed transactions reach the log, so after recovery every replayed xid is simply
 * committed. Index entries are not maintained record by record: {@link #rebuildIndexes} builds
 * every index once replay is done.
 */
public final class Redo implements CatalogCodec.Resolver {
    private final Cluster cluster;
    private final Map<Long, TableStorage> storages = new HashMap<>();
    private final Map<Long, SequenceData> sequences = new HashMap<>();
    private final WalInput input = new WalInput(new byte[0]);
    private long lastId;
    private TableStorage lastStorage;
    private long records;
    private long maxXid;

    public Redo(Cluster cluster) {
        this.cluster = cluster;
        refresh();
    }

    /** The storage a row record names, or null; the last one found is kept, as records of one table come in runs. */
    private TableStorage storage(long relfilenode) {
        if (relfilenode == lastId && lastStorage != null) {
            return lastStorage;
        }
        TableStorage s = storages.get(relfilenode);
        lastId = relfilenode;
        lastStorage = s;
        return s;
    }

    /** Re-reads which storages and sequences the cluster's catalogs point to. */
    private void refresh() {
        lastStorage = null;
        storages.clear();
        sequences.clear();
        for (Database db : cluster.databases()) {
            for (Relation r : db.committed().relations()) {
                if (r instanceof Table t) {
                    storages.put(t.storage().id(), t.storage());
                } else if (r instanceof Sequence s) {
                    sequences.put(s.oid(), s.data());
                }
            }
        }
    }

    @Override
    public TableStorage table(long relfilenode) {
        TableStorage s = storages.get(relfilenode);
        return s != null ? s : new TableStorage(relfilenode);
    }

    /** An existing sequence only moves forward (see {@link Durability} on sequences); a new one starts at the image's value. */
    @Override
    public SequenceData sequence(long sequenceOid, long increment, long value, boolean called) {
        SequenceData d = sequences.get(sequenceOid);
        if (d == null) {
            d = new SequenceData(value);
            d.set(value, called);
            return d;
        }
        long cur = d.lastValue();
        if (called && (increment > 0 ? value > cur : value < cur)) {
            d.set(value, true);
        }
        return d;
    }

    public long records() {
        return records;
    }

    /** The highest xid seen in any record. */
    public long maxXid() {
        return maxXid;
    }

    public void apply(WalRecord r) {
        apply(r.type(), r.xid(), new WalInput(r.payload()));
    }

    /** Applies the record {@code reader} stands on, decoding it in place (recovery's loop). */
    public void apply(WalReader reader) {
        apply(reader.type(), reader.xid(), input.reset(reader.buffer(), reader.payloadOffset(), reader.payloadLength()));
    }

    private void apply(RecordType type, long xid, WalInput in) {
        records++;
        maxXid = Math.max(maxXid, xid);
        switch (type) {
            case HEAP_INSERT -> {
                TableStorage s = storage(in.i64());
                long tid = in.i64();
                if (s != null) {
                    Object[] values = new Object[in.i32()];
                    for (int i = 0; i < values.length; i++) {
                        values[i] = in.value();
                    }
                    s.heap().insertAt(tid, new TupleVersion(xid, 0, values));
                }
            }
            case HEAP_DELETE -> {
                TableStorage s = storage(in.i64());
                if (s != null) {
                    TupleVersion t = s.heap().fetch(in.i64());
                    long next = in.i64();
                    if (t != null) {
                        t.markDeleted(xid, 0, next);
                    }
                }
            }
            case CATALOG -> {
                Database db = cluster.database(in.i64());
                if (db != null) {
                    Catalog c = CatalogCodec.read(in, this);
                    db.publish(c);
                    refresh();
                }
            }
            case CLUSTER -> {
                ClusterCodec.apply(in.bytes(in.remaining()), cluster, this);
                refresh();
            }
            case SEQUENCE -> {
                in.i64(); // database: sequence OIDs are cluster-unique
                SequenceData d = sequences.get(in.i64());
                if (d != null) {
                    d.set(in.i64(), in.bool());
                }
            }
            case COMMIT, CHECKPOINT -> {
            }
        }
    }

    /**
     * Builds every index of every table from its heap (after replay), each one in bulk (keys
     * gathered, sorted once, the index built from the sorted run); the indexes are built in
     * parallel. Returns how many were built.
     */
    public static int rebuildIndexes(Cluster cluster) {
        record Job(Table table, Index index) {
        }
        java.util.List<Job> jobs = new java.util.ArrayList<>();
        for (Database db : cluster.databases()) {
            Catalog c = db.committed();
            for (Relation r : c.relations()) {
                if (r instanceof Index ix && c.relation(ix.tableOid()) instanceof Table t) {
                    jobs.add(new Job(t, ix));
                }
            }
        }
        // Largest first, so that the long builds start at once and the small ones fill in.
        jobs.sort(Comparator.comparingLong((Job j) -> j.table().storage().heap().size()).reversed());
        java.util.List<OrderedIndex> built = jobs.parallelStream().map(j -> build(j.table(), j.index())).toList();
        for (int i = 0; i < jobs.size(); i++) {
            jobs.get(i).table().storage().addIndex(jobs.get(i).index().oid(), built.get(i));
        }
        return jobs.size();
    }

    @SuppressWarnings("unchecked")
    private static OrderedIndex build(Table table, Index index) {
        int n = index.keyColumns().size();
        Comparator<Object>[] comparators = new Comparator[n];
        boolean[] desc = new boolean[n];
        boolean[] nullsFirst = new boolean[n];
        int[] attnums = new int[n];
        Object[] missing = new Object[n];
        for (int i = 0; i < n; i++) {
            attnums[i] = index.keyColumns().get(i);
            comparators[i] = ValueOps.comparator(table.column(attnums[i]).type());
            desc[i] = index.descending().get(i);
            nullsFirst[i] = index.nullsFirst().get(i);
            missing[i] = table.column(attnums[i]).missingValue();
        }
        Heap heap = table.storage().heap();
        long size = heap.size();
        int capacity = (int) Math.min(heap.storedVersions(), Integer.MAX_VALUE - 16);
        Object[][] keys = new Object[Math.max(capacity, 16)][];
        long[] tids = new long[keys.length];
        int count = 0;
        for (long tid = heap.nextInUse(0); tid >= 0 && tid < size; tid = heap.nextInUse(tid + 1)) {
            TupleVersion tv = heap.fetch(tid);
            if (tv == null) {
                continue;
            }
            Object[] values = tv.values();
            Object[] key = new Object[n];
            for (int i = 0; i < n; i++) {
                int a = attnums[i] - 1;
                key[i] = a < values.length ? values[a] : missing[i];
            }
            if (count == keys.length) {
                keys = java.util.Arrays.copyOf(keys, count * 2);
                tids = java.util.Arrays.copyOf(tids, count * 2);
            }
            keys[count] = key;
            tids[count++] = tid;
        }
        return OrderedIndex.build(new IndexKeyOrder(comparators, desc, nullsFirst), index.hashLookup(table), keys, tids,
                count);
    }
}
