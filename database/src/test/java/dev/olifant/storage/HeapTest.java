package dev.olifant.storage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeapTest {

    private static TupleVersion version(int v) {
        return new TupleVersion(3, 0, new Object[] {v});
    }

    @Test
    void removedSlotsReadAsNullAndTupleIdsAreNotReused() {
        Heap heap = new Heap();
        long a = heap.insert(version(1));
        long b = heap.insert(version(2));
        assertThat(heap.remove(a)).isTrue();
        assertThat(heap.remove(a)).isFalse();
        assertThat(heap.fetch(a)).isNull();
        assertThat(heap.fetch(b).values()).containsExactly(2);
        assertThat(heap.insert(version(3))).isEqualTo(2);
        assertThat(heap.storedVersions()).isEqualTo(2);
        assertThat(heap.remove(99)).isFalse();
    }

    @Test
    void aChunkWhoseSlotsAreAllRemovedIsFreedAndScansSkipIt() {
        Heap heap = new Heap();
        int n = 3 * 4096 + 10;
        for (int i = 0; i < n; i++) {
            heap.insert(version(i));
        }
        assertThat(heap.allocatedChunks()).isEqualTo(4);
        for (long tid = 4096; tid < 2 * 4096; tid++) {
            heap.remove(tid);
        }
        assertThat(heap.allocatedChunks()).isEqualTo(3);
        assertThat(heap.fetch(5000)).isNull();
        assertThat(heap.nextInUse(4096)).isEqualTo(2 * 4096);
        assertThat(heap.nextInUse(10)).isEqualTo(10);
        assertThat(heap.fetch(2 * 4096).values()).containsExactly(2 * 4096);
        // the last, partly filled chunk is never freed even when all its slots so far are removed
        for (long tid = 3 * 4096; tid < n; tid++) {
            heap.remove(tid);
        }
        assertThat(heap.allocatedChunks()).isEqualTo(3);
        assertThat(heap.storedVersions()).isEqualTo(2 * 4096);
        assertThat(heap.nextInUse(n)).isEqualTo(n);
    }

    /** Replay stores versions of one heap from several threads, each its own tuple ids. */
    @Test
    void insertAtFromSeveralThreadsStoresEveryVersion() throws Exception {
        Heap heap = new Heap();
        int threads = 4;
        int perThread = 64 * 800;
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(threads);
        java.util.List<Thread> ts = new java.util.ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int id = t;
            ts.add(Thread.ofPlatform().start(() -> {
                try {
                    start.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                // blocks of 64 tuple ids in turn, as the partitioned replay hands them out
                for (int i = 0; i < perThread; i++) {
                    long tid = (long) (i / 64 * threads + id) * 64 + i % 64;
                    heap.insertAt(tid, version((int) tid));
                }
            }));
        }
        for (Thread t : ts) {
            t.join();
        }
        long n = (long) threads * perThread;
        assertThat(heap.size()).isEqualTo(n);
        for (long tid = 0; tid < n; tid++) {
            assertThat(heap.fetch(tid).values()).as("tid %d", tid).containsExactly((int) tid);
        }
    }
}
