package dev.olifant.catalog.durable;

import dev.olifant.catalog.Catalog;
import dev.olifant.catalog.Cluster;
import dev.olifant.catalog.Database;
import dev.olifant.catalog.Relation;
import dev.olifant.catalog.Sequence;
import dev.olifant.catalog.Table;
import dev.olifant.storage.SequenceData;
import dev.olifant.storage.TableStorage;
import dev.olifant.storage.TupleVersion;
import dev.olifant.wal.RecordType;
import dev.olifant.wal.WalInput;
import dev.olifant.wal.WalReader;
import dev.olifant.wal.WalRecord;
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
 * committed. Index entries are not maintained record by record: {@link IndexRebuild} builds
 * every index once replay is done.
 */
public final class Redo implements CatalogCodec.Resolver {
    private final Cluster cluster;
    private final RelfilenodeMap storages = new RelfilenodeMap();
    private final Map<Long, SequenceData> sequences = new HashMap<>();
    private final WalInput input = new WalInput(new byte[0]);
    private long records;
    private long maxXid;

    public Redo(Cluster cluster) {
        this.cluster = cluster;
        refresh();
    }

    /** The storage a row record names, or null. */
    private TableStorage storage(long relfilenode) {
        return storages.get(relfilenode);
    }

    /** Re-reads which storages and sequences the cluster's catalogs point to. */
    private void refresh() {
        storages.clear();
        sequences.clear();
        for (Database db : cluster.databases()) {
            for (Relation r : db.committed().relations()) {
                if (r instanceof Table t) {
                    storages.put(t.storage());
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
            case HEAP_INSERT, HEAP_DELETE -> {
                TableStorage s = storage(in.i64());
                if (s != null) {
                    applyRow(s, type, xid, in.i64(), in);
                }
            }
            default -> applyOther(type, in);
        }
    }

    /**
     * Applies a row record of tuple id {@code tid} to its storage, {@code in} standing just after
     * the tid. Records of one tuple id must be applied in log order; those of different tuple ids
     * are independent, so {@link ParallelReplay} applies them on several threads.
     */
    static void applyRow(TableStorage s, RecordType type, long xid, long tid, WalInput in) {
        if (type == RecordType.HEAP_INSERT) {
            Object[] values = new Object[in.i32()];
            for (int i = 0; i < values.length; i++) {
                values[i] = in.value();
            }
            s.heap().insertAt(tid, new TupleVersion(xid, 0, values));
        } else {
            TupleVersion t = s.heap().fetch(tid);
            long next = in.i64();
            if (t != null) {
                t.markDeleted(xid, 0, next);
            }
        }
    }

    /** Counts a row record that {@link ParallelReplay} applies itself or hands to a worker. */
    void counted(long xid) {
        records++;
        maxXid = Math.max(maxXid, xid);
    }

    /** The storage a row record's relfilenode names, or null (its table was dropped or truncated later). */
    TableStorage storageOf(long relfilenode) {
        return storage(relfilenode);
    }

    /** Applies a record that is not a row record: catalogs, cluster, sequences, commits. */
    void applyOther(RecordType type, WalInput in) {
        switch (type) {
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
            case HEAP_INSERT, HEAP_DELETE, COMMIT, CHECKPOINT -> {
            }
        }
    }
}
