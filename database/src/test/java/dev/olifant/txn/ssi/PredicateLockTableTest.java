package dev.olifant.txn.ssi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.olifant.storage.IndexKeyOrder;
import dev.olifant.txn.IsolationLevel;
import dev.olifant.txn.Transaction;
import dev.olifant.txn.TransactionManager;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** SIREAD locks: which writes meet which readers, promotion to a relation lock, release. */
class PredicateLockTableTest {
    final TransactionManager tm = new TransactionManager(0);
    final PredicateLockTable locks = new PredicateLockTable();
    final Object heap = new Object();
    final Object otherHeap = new Object();
    final Object index = new Object();
    @SuppressWarnings("unchecked")
    final IndexKeyOrder intOrder = new IndexKeyOrder(
            new Comparator[] {Comparator.comparingInt(o -> (Integer) o)}, new boolean[1], new boolean[1]);
    long ids;

    SerializableXact reader() {
        return new SerializableXact(null, new Transaction(tm, IsolationLevel.SERIALIZABLE, false), ++ids);
    }

    Set<SerializableXact> writeHolders(Object h, long tid) {
        Set<SerializableXact> out = new HashSet<>();
        locks.holdersForWrite(h, tid, out);
        return out;
    }

    Set<SerializableXact> insertHolders(int key) {
        Set<SerializableXact> out = new HashSet<>();
        locks.holdersForIndexInsert(index, new Object[] {key}, out);
        return out;
    }

    @Test
    void tupleLocksMeetUpdatesOfThatTupleOnly() {
        SerializableXact r = reader();
        locks.lockTuple(r, heap, 7);
        assertThat(writeHolders(heap, 7)).containsExactly(r);
        assertThat(writeHolders(heap, 8)).isEmpty();
        assertThat(writeHolders(heap, -1)).as("an insert").isEmpty();
        assertThat(writeHolders(otherHeap, 7)).isEmpty();
    }

    @Test
    void relationLocksMeetEveryWriteIncludingInserts() {
        SerializableXact r = reader();
        locks.lockRelation(r, heap);
        assertThat(writeHolders(heap, 7)).containsExactly(r);
        assertThat(writeHolders(heap, -1)).containsExactly(r);
        assertThat(writeHolders(otherHeap, -1)).isEmpty();
    }

    @Test
    void rangeLocksMeetInsertsIntoTheRangeHonouringItsBounds() {
        SerializableXact r = reader();
        locks.lockRange(r, heap, index, intOrder, new Object[] {10}, true, new Object[] {20}, false);
        assertThat(insertHolders(10)).containsExactly(r);
        assertThat(insertHolders(15)).containsExactly(r);
        assertThat(insertHolders(20)).isEmpty();
        assertThat(insertHolders(9)).isEmpty();
        SerializableXact open = reader();
        locks.lockRange(open, heap, index, intOrder, new Object[] {100}, false, null, false);
        assertThat(insertHolders(100)).isEmpty();
        assertThat(insertHolders(1_000_000)).containsExactly(open);
    }

    @Test
    void manyTupleLocksArePromotedToARelationLock() {
        SerializableXact r = reader();
        for (int tid = 0; tid <= PredicateLockTable.PROMOTE_AT; tid++) {
            locks.lockTuple(r, heap, tid);
        }
        assertThat(locks.targetCount()).as("one relation lock instead of 65 tuple locks").isEqualTo(1);
        assertThat(writeHolders(heap, -1)).containsExactly(r);
        assertThat(writeHolders(heap, 1_000)).containsExactly(r);
    }

    @Test
    void aRelationLockReplacesTheFinerLocksOnItsTable() {
        SerializableXact r = reader();
        locks.lockTuple(r, heap, 1);
        locks.lockRange(r, heap, index, intOrder, new Object[] {1}, true, new Object[] {1}, true);
        locks.lockTuple(r, otherHeap, 1);
        assertThat(locks.targetCount()).isEqualTo(3);
        locks.lockRelation(r, heap);
        assertThat(locks.targetCount()).isEqualTo(2);
        assertThat(insertHolders(1)).as("the range lock went with the promotion").isEmpty();
        assertThat(writeHolders(heap, -1)).containsExactly(r);
    }

    @Test
    void releaseAllDropsEveryLockOfOneTransactionOnly() {
        SerializableXact r1 = reader();
        SerializableXact r2 = reader();
        for (SerializableXact r : new SerializableXact[] {r1, r2}) {
            locks.lockTuple(r, heap, 1);
            locks.lockRelation(r, otherHeap);
            locks.lockRange(r, heap, index, intOrder, new Object[] {1}, true, new Object[] {5}, true);
        }
        locks.releaseAll(r1);
        assertThat(writeHolders(heap, 1)).containsExactly(r2);
        assertThat(writeHolders(otherHeap, -1)).containsExactly(r2);
        assertThat(insertHolders(3)).containsExactly(r2);
        locks.releaseAll(r2);
        assertThat(locks.targetCount()).isZero();
    }
}
