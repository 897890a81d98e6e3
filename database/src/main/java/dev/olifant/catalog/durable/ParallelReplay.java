package dev.olifant.catalog.durable;

import dev.olifant.storage.TableStorage;
import dev.olifant.wal.RecordType;
import dev.olifant.wal.WalFormatException;
import dev.olifant.wal.WalInput;
import dev.olifant.wal.WalReader;
import java.util.IdentityHashMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;

/**
 * Crash recovery's replay on several threads, partitioned by table storage.
 *
 * <p>Row records of one storage touch only that storage's heap, and their order matters only
 * among themselves; row records of different storages are independent. So the reading thread
 * (which checks every record's CRC and applies everything that is not a row record) gives each
 * storage, when it first meets it, to one partition in turn: partition 0 is applied by the
 * reading thread itself, the others each by a worker thread, which receives its records in
 * batches (where they lie in the segment buffers, which are never overwritten; see {@link
 * WalReader#advance}) and applies them in log order. A catalog or cluster record changes which
 * storages exist, so before one is applied every worker finishes what it was given (a barrier).
 * Sequence records touch no heap and are applied at once.
 *
 * <p>The end result equals the serial replay's: each heap receives the same records in the same
 * order. A record a worker cannot decode stops the replay with that record's position, as the
 * serial replay would.
 */
final class ParallelReplay {
    private static final int BATCH = 4096;
    private static final int BATCHES_PER_WORKER = 4;

    private final Redo redo;
    private final Worker[] workers;
    private final IdentityHashMap<TableStorage, Integer> partitionOf = new IdentityHashMap<>();
    private final WalInput inline = new WalInput(new byte[0]);
    private TableStorage lastStorage;
    private int lastPartition;
    private int nextPartition;

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
        for (int i = 0; i < threads; i++) {
            workers[i] = new Worker();
            workers[i].thread = Thread.ofPlatform().daemon().name("olifant-redo-" + (i + 1)).start(workers[i]);
        }
    }

    /** Applies the record {@code reader} stands on, or hands it to its storage's worker. */
    void apply(WalReader reader) {
        RecordType type = reader.type();
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
        TableStorage s = redo.storageOf(in.i64());
        if (s == null) {
            return;
        }
        int p = partition(s);
        if (p == 0) {
            Redo.applyRow(s, type, reader.xid(), in);
        } else {
            workers[p - 1].add(s, type, reader.xid(), reader.position(), buf, off + 8, len - 8);
        }
    }

    private int partition(TableStorage s) {
        if (s == lastStorage) {
            return lastPartition;
        }
        Integer p = partitionOf.get(s);
        if (p == null) {
            p = nextPartition;
            nextPartition = (nextPartition + 1) % (workers.length + 1);
            partitionOf.put(s, p);
        }
        lastStorage = s;
        lastPartition = p;
        return p;
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

    /** Row records for one worker, where they lie: storage, type, xid, end LSN, payload after the relfilenode. */
    private static final class Batch {
        static final Batch STOP = new Batch(0, null);
        final TableStorage[] storages;
        final RecordType[] types;
        final long[] xids;
        final long[] ends;
        final byte[][] bufs;
        final int[] offs;
        final int[] lens;
        final CountDownLatch barrier;
        int n;

        Batch(int capacity, CountDownLatch barrier) {
            storages = new TableStorage[capacity];
            types = new RecordType[capacity];
            xids = new long[capacity];
            ends = new long[capacity];
            bufs = new byte[capacity][];
            offs = new int[capacity];
            lens = new int[capacity];
            this.barrier = barrier;
        }

        static Batch barrier(CountDownLatch latch) {
            return new Batch(0, latch);
        }

        void clear() {
            java.util.Arrays.fill(storages, 0, n, null);
            java.util.Arrays.fill(bufs, 0, n, null);
            n = 0;
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

        void add(TableStorage s, RecordType type, long xid, long end, byte[] buf, int off, int len) {
            Batch b = current;
            if (b == null) {
                b = current = take(free);
            }
            int i = b.n++;
            b.storages[i] = s;
            b.types[i] = type;
            b.xids[i] = xid;
            b.ends[i] = end;
            b.bufs[i] = buf;
            b.offs[i] = off;
            b.lens[i] = len;
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
                    Redo.applyRow(b.storages[i], b.types[i], b.xids[i], in.reset(b.bufs[i], b.offs[i], b.lens[i]));
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
