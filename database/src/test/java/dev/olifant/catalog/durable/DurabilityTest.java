package dev.olifant.catalog.durable;

import static org.assertj.core.api.Assertions.assertThat;

import dev.olifant.catalog.CatalogTxn;
import dev.olifant.catalog.Cluster;
import dev.olifant.catalog.Column;
import dev.olifant.catalog.Database;
import dev.olifant.catalog.Identity;
import dev.olifant.catalog.Table;
import dev.olifant.storage.TableStorage;
import dev.olifant.storage.TupleVersion;
import dev.olifant.txn.IsolationLevel;
import dev.olifant.txn.Transaction;
import dev.olifant.types.Types;
import dev.olifant.wal.ControlFile;
import dev.olifant.wal.Lsn;
import dev.olifant.wal.MemoryWalStorage;
import dev.olifant.wal.WalReader;
import dev.olifant.wal.WalRecord;
import dev.olifant.wal.WalSettings;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Recovery through the whole stack on a storage that loses unforced writes. */
class DurabilityTest {
    final MemoryWalStorage storage = new MemoryWalStorage();
    static final long TABLE = 50_000;

    Durability open() {
        return Durability.open(storage, new WalSettings(), () -> Cluster.initialize("postgres"));
    }

    static Table table(Cluster c) {
        return (Table) c.database("postgres").committed().relation(TABLE);
    }

    static void createTable(Cluster c) {
        Database db = c.database("postgres");
        Transaction tx = new Transaction(c.transactions(), IsolationLevel.READ_COMMITTED, false);
        CatalogTxn ct = new CatalogTxn(db);
        Table t = new Table(TABLE, "t", dev.olifant.catalog.Oids.PUBLIC_NAMESPACE, 10, 'p',
                List.of(new Column("x", 1, Types.INT4, -1, false, null, null, Identity.NONE, 0, false)), List.of(),
                List.of(), new TableStorage());
        ct.apply(cat -> cat.withRelation(t), 0, () -> { });
        CatalogRedo.logCatalogChange(tx, ct);
        tx.logCommit();
        ct.commit();
        tx.commit();
    }

    /** Inserts one row per value in its own transaction; returns tids. */
    static void insert(Cluster c, int value, boolean commit) {
        Transaction tx = new Transaction(c.transactions(), IsolationLevel.READ_COMMITTED, false);
        long xid = tx.writeXid();
        TableStorage s = table(c).storage();
        long tid = s.heap().insert(new TupleVersion(xid, 0, new Object[] {value}));
        tx.redo().heapInsert(s.id(), tid, new Object[] {value});
        if (commit) {
            tx.commit();
        } else {
            tx.rollback();
        }
    }

    static List<Integer> values(Cluster c) {
        List<Integer> out = new ArrayList<>();
        var heap = table(c).storage().heap();
        var snap = c.transactions().snapshot();
        for (long tid = 0; tid < heap.size(); tid++) {
            TupleVersion v = heap.fetch(tid);
            if (v != null && dev.olifant.txn.Visibility.isVisible(v, snap, 0, 0, c.transactions())) {
                out.add((Integer) v.values()[0]);
            }
        }
        return out;
    }

    @Test
    void acknowledgedCommitsSurvivePowerCutAcrossCheckpoints() {
        Durability d = open();
        createTable(d.cluster());
        insert(d.cluster(), 1, true);
        insert(d.cluster(), 2, false);
        d.checkpoint();
        insert(d.cluster(), 3, true);
        d.checkpoint();
        insert(d.cluster(), 4, true);
        d.crash();
        storage.powerCut();
        Durability again = open();
        assertThat(values(again.cluster())).containsExactly(1, 3, 4);
        long next = again.cluster().transactions().nextXid();
        insert(again.cluster(), 5, true);
        assertThat(again.cluster().transactions().nextXid()).isGreaterThan(next);
        again.crash();
        storage.powerCut();
        assertThat(values(open().cluster())).containsExactly(1, 3, 4, 5);
    }

    @Test
    void damagedNewestCheckpointFallsBackToThePreviousOne() throws Exception {
        Durability d = open();
        createTable(d.cluster());
        insert(d.cluster(), 1, true);
        d.checkpoint();
        insert(d.cluster(), 2, true);
        d.checkpoint();
        insert(d.cluster(), 3, true);
        d.crash();
        storage.powerCut();
        ControlFile cf = ControlFile.read(storage);
        assertThat(cf.prevCheckpoint()).isNotNull();
        String newest = CheckpointImage.DIR + "/" + cf.checkpoint().image();
        byte[] img = storage.content(newest).clone();
        img[img.length / 2] ^= 0x55;
        storage.overwrite(newest, img);
        assertThat(values(open().cluster())).containsExactly(1, 2, 3);
    }

    @Test
    void replayIsIdempotent() throws Exception {
        Durability d = open();
        createTable(d.cluster());
        long redo = d.writer().insertLsn();
        insert(d.cluster(), 1, true);
        insert(d.cluster(), 2, true);
        d.crash();
        Durability again = open();
        Cluster c = again.cluster();
        // re-apply everything from before the inserts on top of the recovered state
        Redo redoer = new Redo(c);
        WalReader r = new WalReader(storage, Lsn.START);
        for (WalRecord rec = r.next(); rec != null; rec = r.next()) {
            if (rec.lsn() >= redo) {
                redoer.apply(rec);
            }
        }
        assertThat(values(c)).containsExactly(1, 2);
        assertThat(table(c).storage().heap().size()).isEqualTo(2);
    }

    @Test
    void databaseCommentsSurviveACrash() {
        Durability d = open();
        Database db = d.cluster().database("postgres");
        db.setInfo(db.info().withComment("the main one"));
        d.cluster().databaseChanged();
        createTable(d.cluster());
        d.crash();
        Cluster c = open().cluster();
        assertThat(c.database("postgres").info().comment()).isEqualTo("the main one");
        assertThat(c.database("template1").info().comment()).isEqualTo("default template for new databases");
    }
}
