package dev.olifant.catalog.durable;

import dev.olifant.storage.TableStorage;
import dev.olifant.wal.RecordType;
import dev.olifant.wal.WalFormatException;
import dev.olifant.wal.WalInput;
import dev.olifant.wal.WalReader;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;

/**
 * Crash recovery's replay on several threads, partitioned by tuple id.
 *
 * <p>A row record touches one tuple id of one heap (an insert stores a version there, a delete
 * marks the version there), and its order matters only among the records of that tuple id: a
 * delete follows the insert of the version it deletes. Records of different tuple ids are
 * independent ({@link dev.olifant.storage.Heap#insertAt} takes stores from several threads). So
 * the reading thread, which checks every record's CRC and applies everything that is not a row
 * record, sends each row record by its (storage, block of {@value #BLOCK} tuple ids) to one
 * partition: partition 0 it applies itself, the others each go to a worker thread, which
 * receives its records in batches and applies them in log order. Blocks rather than single
 * tuple ids keep neighbouring versions, which share a heap chunk, on one thread. The reading
 * thread already spends much of its time reading and checking, so it keeps a smaller share
 * ({@value #SLOTS_PER_WORKER} slots of the hash go to each worker, one to itself).
 *
 * <p>The reader reuses its segment buffer, so a record handed to a worker is copied into the
 * worker's batch. A catalog or cluster record changes which storages exist, so before one is
 * applied every worker finishes what it was given (a barrier). Sequence records touch no heap
 * and are applied at once.
 *
 * <p>The end result equals the serial replay's: each tuple id receives the same records in the
 * same order. A record a worker cannot decode stops the replay with that record's position, as
 * the serial replay would.
 */
final class ParallelReplay {
    private static final int BATCH = 4096;
    private static final int BATCHES_PER_WORKER = 4;
    private static final int BLOCK = 64;
    private static final int SLOTS_PER_WORKER = 4;

    private final Redo redo;
    private final Worker[] workers;
    private final int slots;
    private final WalInput inline = new WalInput(new byte[0]);
    private boolean stopped;

    /** A record a worker could not decode: the position after it, and why. */
    static final class RecordFailure extends RuntimeException {
        final long endLsn;

        RecordFailure(long endLsn, WalFormatException cause) {
            super(cause.getMessage(), cause);
            this.endLsn = endLsn;
        }
    }

    /** Replay on the calling thread plus {@code threads} workers (at least one). */
    ParallelReplay(Redo redo, int threads) {
        this.redo = redo;
        this.workers = new Worker[threads];
        this.slots = threads * SLOTS_PER_WORKER + 1;
        for (int i = 0; i < threads; i++) {
            workers[i] = new Worker();
            workers[i].thread = Thread.ofPlatform().daemon().name("olifant-redo-" + (i + 1)).start(workers[i]);
        }
    }

    /** Applies the record {@code reader} stands on, or hands it to its tuple id's worker. */
    void apply(WalReader reader) {
        RecordType type = reader.type();
        if (type == RecordType.COMMIT) {
            redo.counted(reader.xid());
            return;
        }
        if (type != RecordType.HEAP_INSERT && type != RecordType.HEAP_DELETE) {
            if (type == RecordType.CATALOG || type == RecordType.CLUSTER) {
                barrier();
            }
            redo.apply(reader);
            return;
        }
        redo.counted(reader.xid());
        byte[] buf = reader.buffer();
        int off = reader.payloadOffset();
        int len = reader.payloadLength();
        WalInput in = inline.reset(buf, off, len);
        long relfilenode = in.i64();
        TableStorage s = redo.storageOf(relfilenode);
        if (s == null) {
            return;
        }
        long tid = in.i64();
        int slot = (int) Long.remainderUnsigned((tid / BLOCK ^ relfilenode) * 0x9E3779B97F4A7C15L >>> 32, slots);
        if (slot == 0) {
            Redo.applyRow(s, type, reader.xid(), tid, in);
        } else {
            workers[(slot - 1) / SLOTS_PER_WORKER].add(s, type, reader.xid(), tid, reader.position(), buf, off + 16, len - 16);
        }
    }

    /** Waits until every worker has applied everything handed to it so far. */
    private void barrier() {
        CountDownLatch done = new CountDownLatch(workers.length);
        for (Worker w : workers) {
            w.submit();
            w.put(Batch.barrier(done));
        }
        await(done);
        rethrow();
    }

    /**
     * Lets every worker apply what it holds, stops them, and reports the first failure: a {@link
     * RecordFailure} for a record that could not be decoded, else what the worker threw.
     */
    void finish() {
        close();
        rethrow();
    }

    /** Stops the workers once they have applied what they hold (also after a failure of the reading thread). */
    void close() {
        if (stopped) {
            return;
        }
        stopped = true;
        for (Worker w : workers) {
            w.submit();
            w.put(Batch.STOP);
        }
        for (Worker w : workers) {
            try {
                w.thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted during WAL replay", e);
            }
        }
    }

    private void rethrow() {
        for (Worker w : workers) {
            Throwable f = w.failure;
            if (f instanceof RuntimeException e) {
                throw e;
            } else if (f instanceof Error e) {
                throw e;
            }
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during WAL replay", e);
        }
    }

    /** Row records for one worker: storage, type, xid, tid, end LSN, payload after the tid (copied into {@code data}). */
    private static final class Batch {
        static final Batch STOP = new Batch(0, null);
        final TableStorage[] storages;
        final RecordType[] types;
        final long[] xids;
        final long[] tids;
        final long[] ends;
        final int[] offs;
        final int[] lens;
        final CountDownLatch barrier;
        byte[] data;
        int used;
        int n;

        Batch(int capacity, CountDownLatch barrier) {
            storages = new TableStorage[capacity];
            types = new RecordType[capacity];
            xids = new long[capacity];
            tids = new long[capacity];
            ends = new long[capacity];
            offs = new int[capacity];
            lens = new int[capacity];
            data = new byte[capacity * 64];
            this.barrier = barrier;
        }

        static Batch barrier(CountDownLatch latch) {
            return new Batch(0, latch);
        }

        void clear() {
            java.util.Arrays.fill(storages, 0, n, null);
            n = 0;
            used = 0;
        }
    }

    private static final class Worker implements Runnable {
        final BlockingQueue<Batch> full = new ArrayBlockingQueue<>(BATCHES_PER_WORKER + 2);
        final BlockingQueue<Batch> free = new ArrayBlockingQueue<>(BATCHES_PER_WORKER);
        final WalInput in = new WalInput(new byte[0]);
        Thread thread;
        /** Filled by the reading thread; handed over when full or at a barrier. */
        Batch current;
        /** The first failure; afterwards the worker only passes batches back, so the reading thread never waits forever. */
        volatile Throwable failure;

        Worker() {
            for (int i = 0; i < BATCHES_PER_WORKER; i++) {
                free.add(new Batch(BATCH, null));
            }
        }

        void add(TableStorage s, RecordType type, long xid, long tid, long end, byte[] buf, int off, int len) {
            Batch b = current;
            if (b == null) {
                b = current = take(free);
            }
            if (b.used + len > b.data.length) {
                b.data = java.util.Arrays.copyOf(b.data, Math.max(b.data.length * 2, b.used + len));
            }
            System.arraycopy(buf, off, b.data, b.used, len);
            int i = b.n++;
            b.storages[i] = s;
            b.types[i] = type;
            b.xids[i] = xid;
            b.tids[i] = tid;
            b.ends[i] = end;
            b.offs[i] = b.used;
            b.lens[i] = len;
            b.used += len;
            if (b.n == BATCH) {
                submit();
            }
        }

        void submit() {
            if (current != null) {
                put(current);
                current = null;
            }
        }

        void put(Batch b) {
            try {
                full.put(b);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted during WAL replay", e);
            }
        }

        @Override
        public void run() {
            while (true) {
                Batch b = take(full);
                if (b == Batch.STOP) {
                    return;
                }
                if (b.barrier != null) {
                    b.barrier.countDown();
                    continue;
                }
                if (failure == null) {
                    applyAll(b);
                }
                b.clear();
                free.add(b);
            }
        }

        private void applyAll(Batch b) {
            int i = 0;
            try {
                for (; i < b.n; i++) {
                    Redo.applyRow(b.storages[i], b.types[i], b.xids[i], b.tids[i], in.reset(b.data, b.offs[i], b.lens[i]));
                }
            } catch (WalFormatException e) {
                failure = new RecordFailure(b.ends[i], e);
            } catch (RuntimeException | Error e) {
                failure = e;
            }
        }

        private static Batch take(BlockingQueue<Batch> q) {
            try {
                return q.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted during WAL replay", e);
            }
        }
    }
}
