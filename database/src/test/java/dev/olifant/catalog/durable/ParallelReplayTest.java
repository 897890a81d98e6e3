package dev.olifant.catalog.durable;

import static org.assertj.core.api.Assertions.assertThat;

import dev.olifant.catalog.CatalogTxn;
import dev.olifant.catalog.Cluster;
import dev.olifant.catalog.Column;
import dev.olifant.catalog.Database;
import dev.olifant.catalog.Identity;
import dev.olifant.catalog.Relation;
import dev.olifant.catalog.Table;
import dev.olifant.storage.Heap;
import dev.olifant.storage.TableStorage;
import dev.olifant.storage.TupleVersion;
import dev.olifant.txn.IsolationLevel;
import dev.olifant.txn.Transaction;
import dev.olifant.types.Types;
import dev.olifant.wal.ControlFile;
import dev.olifant.wal.MemoryWalStorage;
import dev.olifant.wal.WalReader;
import dev.olifant.wal.WalSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Replay partitioned by table storage ends with exactly the heaps the serial replay leaves. */
class ParallelReplayTest {
    final MemoryWalStorage storage = new MemoryWalStorage();

    static void createTable(Cluster c, long oid) {
        Database db = c.database("postgres");
        Transaction tx = new Transaction(c.transactions(), IsolationLevel.READ_COMMITTED, false);
        CatalogTxn ct = new CatalogTxn(db);
        Table t = new Table(oid, "t" + oid, dev.olifant.catalog.Oids.PUBLIC_NAMESPACE, 10, 'p',
                List.of(new Column("x", 1, Types.INT4, -1, false, null, null, Identity.NONE, 0, false),
                        new Column("s", 2, Types.TEXT, -1, false, null, null, Identity.NONE, 0, false)),
                List.of(), List.of(), new TableStorage());
        ct.apply(cat -> cat.withRelation(t), 0, () -> { });
        CatalogRedo.logCatalogChange(tx, ct);
        tx.logCommit();
        ct.commit();
        tx.commit();
    }

    static Table table(Cluster c, long oid) {
        return (Table) c.database("postgres").committed().relation(oid);
    }

    /** One transaction: inserts a row into one table, or replaces one of its live versions. */
    static void write(Cluster c, long oid, Random random, List<Long> live) {
        Transaction tx = new Transaction(c.transactions(), IsolationLevel.READ_COMMITTED, false);
        long xid = tx.writeXid();
        TableStorage s = table(c, oid).storage();
        Object[] values = {random.nextInt(1000), random.nextBoolean() ? "same" : "v" + random.nextInt(50)};
        long tid = s.heap().insert(new TupleVersion(xid, 0, values));
        tx.redo().heapInsert(s.id(), tid, values);
        if (!live.isEmpty() && random.nextBoolean()) {
            long old = live.remove(random.nextInt(live.size()));
            s.heap().fetch(old).markDeleted(xid, 0, tid);
            tx.redo().heapDelete(s.id(), old, tid);
        }
        live.add(tid);
        tx.commit();
    }

    @Test
    void partitionedReplayLeavesTheHeapsOfTheSerialReplay() throws Exception {
        Durability d = Durability.open(storage, new WalSettings(), () -> Cluster.initialize("postgres"));
        Cluster c = d.cluster();
        Random random = new Random(42);
        Map<Long, List<Long>> live = new TreeMap<>();
        for (long oid = 50_000; oid < 50_003; oid++) {
            createTable(c, oid);
            live.put(oid, new ArrayList<>());
        }
        for (int i = 0; i < 3000; i++) {
            if (i == 1000) {
                d.checkpoint();
            }
            if (i == 2000) {
                createTable(c, 50_003); // a catalog record in the middle: the workers must be drained first
                live.put(50_003L, new ArrayList<>());
            }
            long oid = 50_000 + random.nextInt(live.size());
            write(c, oid, random, live.get(oid));
        }
        d.crash();

        Cluster serial = replay(0);
        Cluster parallel = replay(2);
        for (long oid : live.keySet()) {
            Heap a = table(serial, oid).storage().heap();
            Heap b = table(parallel, oid).storage().heap();
            assertThat(b.size()).isEqualTo(a.size()).isPositive();
            for (long tid = 0; tid < a.size(); tid++) {
                TupleVersion x = a.fetch(tid);
                TupleVersion y = b.fetch(tid);
                assertThat(y == null).as("slot %d of %d", tid, oid).isEqualTo(x == null);
                if (x != null) {
                    assertThat(y.xmin()).isEqualTo(x.xmin());
                    assertThat(y.xmax()).isEqualTo(x.xmax());
                    assertThat(y.next()).isEqualTo(x.next());
                    assertThat(y.values()).containsExactly(x.values());
                }
            }
        }
        assertThat(liveVersions(parallel, live.keySet())).isEqualTo(live.values().stream().mapToInt(List::size).sum());
    }

    /** Loads the newest checkpoint image and replays the WAL after it, with {@code workers} worker threads (0: serially). */
    private Cluster replay(int workers) throws Exception {
        ControlFile cf = ControlFile.read(storage);
        CheckpointImage.Loaded loaded = CheckpointImage.read(storage, cf.checkpoint().image());
        Redo redo = new Redo(loaded.cluster());
        WalReader reader = new WalReader(storage, loaded.redoLsn());
        ParallelReplay p = workers > 0 ? new ParallelReplay(redo, workers) : null;
        try {
            while (reader.advance()) {
                if (p != null) {
                    p.apply(reader);
                } else {
                    redo.apply(reader);
                }
            }
            if (p != null) {
                p.finish();
            }
        } finally {
            if (p != null) {
                p.close();
            }
        }
        assertThat(redo.records()).isGreaterThan(2000);
        return loaded.cluster();
    }

    private static long liveVersions(Cluster c, Iterable<Long> oids) {
        long n = 0;
        for (long oid : oids) {
            Relation r = c.database("postgres").committed().relation(oid);
            Heap h = ((Table) r).storage().heap();
            for (long tid = 0; tid < h.size(); tid++) {
                TupleVersion v = h.fetch(tid);
                if (v != null && v.xmax() == 0) {
                    n++;
                }
            }
        }
        return n;
    }
}
