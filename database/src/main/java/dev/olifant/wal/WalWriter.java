package dev.olifant.wal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntSupplier;

/**
 * Appends records to the WAL and makes them durable.
 *
 * <p><b>Append</b> copies an encoded batch into the in-memory tail under {@code appendLock} (the
 * only point where committers serialise) and returns the LSN just past it. <b>Flush</b> is group
 * commit: the first waiter to take {@code flushLock} becomes the flusher; it takes the whole tail
 * appended so far, writes it to the segment files and forces them once, then advances
 * {@link #flushedLsn()}; waiters queued behind it find their LSN already flushed and return
 * without any I/O. {@code commit_delay} makes the flusher wait briefly for more company.
 *
 * <p><b>In-flight commits</b>: a commit's end LSN is registered under the append lock and
 * removed by {@link #commitDone} once the transaction is marked committed and its catalog
 * published. A checkpoint takes its redo LSN and then waits until no commit before it is in
 * flight, so its snapshot contains every transaction whose commit record precedes the redo LSN.
 */
public final class WalWriter implements AutoCloseable {
    private final WalStorage storage;
    private final WalSettings settings;
    private final ReentrantLock appendLock = new ReentrantLock();
    private final ReentrantLock flushLock = new ReentrantLock();
    private final ConcurrentSkipListSet<Long> inFlight = new ConcurrentSkipListSet<>();
    private volatile long insertLsn;
    private volatile long flushedLsn;
    /** Appended bytes not yet handed to the file system, starting at {@code tailStart}. */
    private WalOutput tail = new WalOutput(1 << 16);
    /** The buffer the last flush wrote out, emptied, to become the next tail (touched under {@code flushLock}). */
    private WalOutput spare;
    private long tailStart;
    private long currentSegment = -1;
    private WalChannel currentChannel;
    private final List<WalChannel> unforced = new ArrayList<>();
    private volatile IntSupplier runningTransactions = () -> 0;
    /** Commit batches appended, and forces (fdatasync calls) done: their ratio is what group commit saves. */
    private final java.util.concurrent.atomic.LongAdder commits = new java.util.concurrent.atomic.LongAdder();
    private final java.util.concurrent.atomic.AtomicLong syncs = new java.util.concurrent.atomic.AtomicLong();
    private volatile boolean closed;
    private final Thread walWriter;

    /** Continues the log at {@code endLsn} (the end recovery found; nothing after it is on disk). */
    public WalWriter(WalStorage storage, WalSettings settings, long endLsn) {
        this.storage = storage;
        this.settings = settings;
        this.insertLsn = endLsn;
        this.flushedLsn = endLsn;
        this.tailStart = endLsn;
        this.walWriter = Thread.ofPlatform().daemon().name("olifant-walwriter").start(this::backgroundFlush);
    }

    /** How many transactions are running, for commit_siblings. */
    public void setRunningTransactions(IntSupplier supplier) {
        this.runningTransactions = supplier;
    }

    public long insertLsn() {
        return insertLsn;
    }

    public long flushedLsn() {
        return flushedLsn;
    }

    /** Commit batches appended since this writer started. */
    public long commitCount() {
        return commits.sum();
    }

    /** Forces of WAL segment files (fdatasync) since this writer started. */
    public long syncCount() {
        return syncs.get();
    }

    /** Appends already encoded records; returns the LSN just past them. */
    public long append(WalOutput records) {
        return append(records, false);
    }

    /** Appends a commit batch and registers it in flight until {@link #commitDone}. */
    public long appendCommit(WalOutput records) {
        return append(records, true);
    }

    private long append(WalOutput records, boolean commit) {
        appendLock.lock();
        try {
            if (closed) {
                throw new IllegalStateException("the WAL is closed");
            }
            tail.bytes(records.array(), 0, records.length());
            long end = insertLsn + records.length();
            insertLsn = end;
            if (commit) {
                inFlight.add(end);
                commits.increment();
            }
            return end;
        } finally {
            appendLock.unlock();
        }
    }

    /** The transaction whose commit batch ends at {@code commitLsn} is committed and published. */
    public void commitDone(long commitLsn) {
        inFlight.remove(commitLsn);
    }

    /** Waits until every commit appended before {@code lsn} is done (see class comment). */
    public void awaitCommitsBefore(long lsn) {
        while (true) {
            Long first = inFlight.isEmpty() ? null : inFlight.first();
            if (first == null || first > lsn) {
                return;
            }
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for commits", e);
            }
        }
    }

    /** Waits until everything up to {@code lsn} is durable (group commit, see class comment). */
    public void flush(long lsn) {
        if (flushedLsn >= lsn) {
            return;
        }
        flushLock.lock();
        try {
            if (flushedLsn >= lsn) {
                return;
            }
            int delay = settings.commitDelayMicros;
            if (delay > 0 && runningTransactions.getAsInt() > settings.commitSiblings) {
                java.util.concurrent.locks.LockSupport.parkNanos(delay * 1000L);
            }
            writeTail();
        } finally {
            flushLock.unlock();
        }
    }

    /** Flushes whatever is appended. */
    public void flushAll() {
        flush(insertLsn);
    }

    /** Under {@code flushLock}: writes and forces the tail. */
    private void writeTail() {
        WalOutput data;
        long start;
        long end;
        appendLock.lock();
        try {
            data = tail;
            start = tailStart;
            end = insertLsn;
            tail = spare != null ? spare : new WalOutput(Math.max(1 << 16, data.length()));
            spare = null;
            tailStart = end;
        } finally {
            appendLock.unlock();
        }
        try {
            write(start, data.array(), data.length());
            if (settings.fsync) {
                for (WalChannel ch : unforced) {
                    ch.force();
                    syncs.incrementAndGet();
                }
            }
            unforced.clear();
            if (data.array().length <= 1 << 22) {
                data.truncate(0);
                spare = data; // two buffers take turns; an unusually large one is let go
            }
        } catch (IOException e) {
            // PostgreSQL PANICs here: a WAL write that may or may not have reached disk cannot be retried safely.
            throw new WalPanic("could not write to WAL at " + Lsn.format(start) + ": " + e.getMessage(), e);
        }
        flushedLsn = end;
    }

    private void write(long lsn, byte[] b, int len) throws IOException {
        int off = 0;
        long pos = lsn;
        while (off < len) {
            long seg = Lsn.segmentNumber(pos);
            long inSeg = pos - seg * Lsn.SEGMENT_SIZE;
            int n = (int) Math.min(len - off, Lsn.SEGMENT_SIZE - inSeg);
            WalChannel ch = channel(seg);
            ch.write(b, off, n, inSeg);
            if (!unforced.contains(ch)) {
                unforced.add(ch);
            }
            off += n;
            pos += n;
        }
    }

    private WalChannel channel(long seg) throws IOException {
        if (seg != currentSegment) {
            if (currentChannel != null) {
                if (settings.fsync && unforced.contains(currentChannel)) {
                    currentChannel.force();
                    syncs.incrementAndGet();
                    unforced.remove(currentChannel);
                }
                currentChannel.close();
            }
            storage.createDirectories(WalSegments.DIR);
            boolean fresh = !storage.exists(WalSegments.path(seg));
            currentChannel = storage.open(WalSegments.path(seg), true);
            currentSegment = seg;
            if (fresh) {
                storage.syncDirectory(WalSegments.DIR);
            }
        }
        return currentChannel;
    }

    /** The WAL writer: flushes asynchronous commits every wal_writer_delay. */
    private void backgroundFlush() {
        while (!closed) {
            // Parked, never interrupted: an interrupt during FileChannel I/O closes the channel.
            java.util.concurrent.locks.LockSupport.parkNanos(Math.max(1, settings.walWriterDelayMillis) * 1_000_000L);
            try {
                if (!closed && flushedLsn < insertLsn) {
                    flushAll();
                }
            } catch (RuntimeException e) {
                System.getLogger("dev.olifant.wal").log(System.Logger.Level.ERROR, "WAL writer: " + e.getMessage());
            }
        }
    }

    @Override
    public void close() {
        try {
            stopBackgroundFlush();
            flushAll();
        } finally {
            closed = true;
            flushLock.lock();
            try {
                if (currentChannel != null) {
                    currentChannel.close();
                    currentChannel = null;
                }
            } catch (IOException ignored) {
                // closing after a successful force loses nothing
            } finally {
                flushLock.unlock();
            }
        }
    }

    /** Stops without flushing (a simulated crash in tests). */
    public void abandon() {
        stopBackgroundFlush();
    }

    /** Stops the WAL writer thread and waits for a flush it is in the middle of. */
    private void stopBackgroundFlush() {
        closed = true;
        java.util.concurrent.locks.LockSupport.unpark(walWriter);
        if (Thread.currentThread() != walWriter) {
            try {
                walWriter.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** A WAL write failed: the server cannot continue safely (PostgreSQL's PANIC). */
    public static final class WalPanic extends UncheckedIOException {
        public WalPanic(String message, IOException cause) {
            super(message, cause);
        }
    }
}
