package dev.olifant.catalog.durable;

import dev.olifant.catalog.Catalog;
import dev.olifant.catalog.Cluster;
import dev.olifant.catalog.Database;
import dev.olifant.catalog.Sequence;
import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.storage.SequenceData;
import dev.olifant.txn.Snapshot;
import dev.olifant.wal.CommitLog;
import dev.olifant.wal.ControlFile;
import dev.olifant.wal.Lsn;
import dev.olifant.wal.RecordType;
import dev.olifant.wal.RedoBuffer;
import dev.olifant.wal.SyncCommit;
import dev.olifant.wal.WalOutput;
import dev.olifant.wal.WalRecord;
import dev.olifant.wal.WalSegments;
import dev.olifant.wal.WalSettings;
import dev.olifant.wal.WalStorage;
import dev.olifant.wal.WalWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * An instance's WAL service: it logs commits (group commit through {@link WalWriter}), cluster
 * catalog changes and sequence advances, takes checkpoints, and at startup recovers the cluster
 * ({@link Recovery}).
 *
 * <p><b>Sequences</b> are not transactional: nextval() logs a record covering the next 32 values
 * (PostgreSQL's SEQ_LOG_VALS) and waits for its flush, so no value handed out is reissued after
 * a crash; setval() logs its exact position. A catalog image restores an existing sequence only
 * forward, because a sequence record appended after the image was taken may be older than it.
 *
 * <p><b>Checkpoints</b>: take the redo LSN R (the insert position), wait until every commit
 * before R is marked committed and its catalog published, then take a snapshot and the
 * databases' catalogs: every transaction whose commit record precedes R is in them, and replay
 * from R re-applies (idempotently) whatever else they already hold. The image is written to a
 * temporary file, forced and renamed, then the control file names it as the newest checkpoint,
 * keeping the previous one; only then are older images and segments before the previous
 * checkpoint's redo LSN (and before what {@link #setRetention retention} still needs) removed.
 */
public final class Durability implements CommitLog, AutoCloseable {
    static final System.Logger LOG = System.getLogger("dev.olifant.wal");
    public static final int SEQ_LOG_VALS = 32;

    private final WalStorage storage;
    private final WalSettings settings;
    private final Cluster cluster;
    private final WalWriter writer;
    private final ReentrantLock checkpointLock = new ReentrantLock();
    private final Object clusterLogLock = new Object();
    private volatile ControlFile control;
    private volatile long lastCheckpointRedo;
    /** The end of the last checkpoint's CHECKPOINT record: nothing logged since means no checkpoint is needed. */
    private volatile long lastCheckpointEnd = -1;
    private volatile long lastCheckpointTime = System.nanoTime();
    private volatile LongSupplier retention = () -> Long.MAX_VALUE;
    private final Thread checkpointer;
    private volatile boolean closed;
    /** Set for the end-of-recovery checkpoint: the checkpointer takes one at once. */
    private volatile boolean checkpointRequested;
    /** Recovery's background index build, which the end-of-recovery checkpoint lets finish first. */
    private volatile java.util.concurrent.CompletableFuture<?> indexBuild;
    /** The writer's commit and sync counts at the last checkpoint, for its log line. */
    private long commitsAtCheckpoint;
    private long syncsAtCheckpoint;

    Durability(WalStorage storage, WalSettings settings, Cluster cluster, long endLsn, ControlFile control) {
        this.storage = storage;
        this.settings = settings;
        this.cluster = cluster;
        this.control = control;
        this.lastCheckpointRedo = control.checkpoint() == null ? endLsn : control.checkpoint().redoLsn();
        this.writer = new WalWriter(storage, settings, endLsn);
        writer.setRunningTransactions(cluster.transactions()::runningCount);
        this.checkpointer = Thread.ofPlatform().daemon().name("olifant-checkpointer").unstarted(this::checkpointLoop);
    }

    /**
     * Opens the data directory's WAL: recovers the cluster from the newest valid checkpoint and the
     * WAL after it, or initializes a new cluster with {@code initializer} when there is none; then
     * starts logging. {@link #cluster()} is ready for sessions afterwards.
     */
    public static Durability open(WalStorage storage, WalSettings settings, Supplier<Cluster> initializer) {
        try {
            Durability d = Recovery.run(storage, settings, initializer);
            boolean recovered = d.control.checkpoint() != null;
            d.cluster.transactions().setCommitLog(d);
            d.cluster.setChangeListener(d::logCluster);
            if (recovered) {
                // The end-of-recovery checkpoint runs in the background: until it completes, the
                // previous checkpoint and the WAL after it (cut at the end recovery found, new
                // commits appended there) still recover everything, so sessions need not wait.
                // The control file says at once that the cluster is running again.
                d.control.write(storage);
                d.checkpointRequested = true;
            } else {
                d.checkpoint(true); // a new cluster: its first checkpoint and control file come before any WAL
            }
            d.checkpointer.start();
            return d;
        } catch (IOException e) {
            throw new PgException(SqlState.IO_ERROR, "could not open WAL: " + e.getMessage());
        }
    }

    public Cluster cluster() {
        return cluster;
    }

    public WalWriter writer() {
        return writer;
    }

    public WalSettings settings() {
        return settings;
    }

    /** Segments older than what {@code oldestNeeded} returns are kept (replication slots, archiving). */
    public void setRetention(LongSupplier oldestNeeded) {
        this.retention = oldestNeeded;
    }

    public long lastCheckpointRedo() {
        return lastCheckpointRedo;
    }

    @Override
    public long commit(long xid, RedoBuffer redo, SyncCommit mode) {
        WalOutput out = new WalOutput(redo.size() + 64);
        long micros = java.time.Instant.now().toEpochMilli() * 1000;
        redo.encodeBatch(xid, micros, out);
        long lsn = writer.appendCommit(out);
        SyncCommit m = mode != null ? mode : settings.synchronousCommit;
        if (m.waitsForFlush()) {
            writer.flush(lsn);
        }
        if (lsn - lastCheckpointRedo > settings.maxWalSizeMb * 1024L * 1024L) {
            java.util.concurrent.locks.LockSupport.unpark(checkpointer);
        }
        return lsn;
    }

    @Override
    public void commitDone(long commitLsn) {
        writer.commitDone(commitLsn);
    }

    /** Logs the cluster catalog (roles, databases) after a change, and waits for its flush. */
    public void logCluster() {
        long lsn;
        synchronized (clusterLogLock) {
            lsn = appendRecord(RecordType.CLUSTER, 0, ClusterCodec.encode(cluster));
        }
        writer.flush(lsn);
    }

    /**
     * After nextval() ({@code reset} false) or setval() ({@code reset} true) on {@code seq}: logs
     * its position when needed (see class comment) and waits for the flush.
     */
    public void logSequence(long databaseOid, Sequence seq, boolean reset) {
        SequenceData d = seq.data();
        long lsn;
        synchronized (d) {
            long value;
            boolean called;
            if (reset) {
                value = d.lastValue();
                called = d.isCalled();
            } else if (d.needsLog()) {
                value = d.logAhead(seq.increment(), seq.min(), seq.max(), SEQ_LOG_VALS);
                called = true;
            } else {
                return;
            }
            byte[] p = new WalOutput(26).i64(databaseOid).i64(seq.oid()).i64(value).bool(called).toByteArray();
            lsn = appendRecord(RecordType.SEQUENCE, 0, p);
        }
        writer.flush(lsn);
    }

    private long appendRecord(RecordType type, long xid, byte[] payload) {
        WalOutput out = new WalOutput(payload.length + WalRecord.HEADER_SIZE);
        WalRecord.encode(out, type, xid, payload, 0, payload.length);
        return writer.append(out);
    }

    /** CHECKPOINT: see the class comment for the protocol. */
    public void checkpoint() {
        checkpoint(false);
    }

    private void checkpoint(boolean quietly) {
        checkpointLock.lock();
        try {
            long start = System.nanoTime();
            long redo = writer.insertLsn();
            writer.awaitCommitsBefore(redo);
            Snapshot snapshot = cluster.transactions().snapshot();
            Map<Database, Catalog> catalogs = new LinkedHashMap<>();
            for (Database db : cluster.databases()) {
                catalogs.put(db, db.committed());
            }
            writer.flush(redo);
            String name = CheckpointImage.fileName(redo);
            long bytes = CheckpointImage.write(storage, name, cluster, catalogs, snapshot, redo);
            ControlFile next = control.withCheckpoint(new ControlFile.Checkpoint(redo, name))
                    .withState(closed ? ControlFile.State.SHUT_DOWN : ControlFile.State.IN_PRODUCTION);
            if (control.checkpoint() != null && control.checkpoint().image().equals(name)) {
                next = new ControlFile(next.state(), next.checkpoint(), control.prevCheckpoint(),
                        next.systemIdentifier());
            }
            next.write(storage);
            control = next;
            lastCheckpointRedo = redo;
            long recordEnd = appendRecord(RecordType.CHECKPOINT, 0, new WalOutput(32).i64(redo).str(name).toByteArray());
            writer.flush(recordEnd);
            lastCheckpointEnd = recordEnd;
            lastCheckpointTime = System.nanoTime();
            removeOldFiles();
            long commits = writer.commitCount();
            long syncs = writer.syncCount();
            if (!quietly) {
                long c = commits - commitsAtCheckpoint;
                long f = syncs - syncsAtCheckpoint;
                LOG.log(Level.INFO, String.format("checkpoint complete: redo LSN %s, image %d kB, %.3f s; "
                        + "since the previous checkpoint %d commits, %d WAL syncs (%.2f per commit)",
                        Lsn.format(redo), bytes / 1024, (System.nanoTime() - start) / 1e9, c, f,
                        c == 0 ? 0.0 : (double) f / c));
            }
            commitsAtCheckpoint = commits;
            syncsAtCheckpoint = syncs;
        } catch (IOException e) {
            throw new PgException(SqlState.IO_ERROR, "checkpoint failed: " + e.getMessage());
        } finally {
            checkpointLock.unlock();
        }
    }

    private void removeOldFiles() throws IOException {
        Set<String> keep = new HashSet<>();
        keep.add(control.checkpoint().image());
        long keepFrom = control.checkpoint().redoLsn();
        if (control.prevCheckpoint() != null) {
            keep.add(control.prevCheckpoint().image());
            keepFrom = Math.min(keepFrom, control.prevCheckpoint().redoLsn());
        }
        for (String f : storage.list(CheckpointImage.DIR)) {
            if (!keep.contains(f)) {
                storage.delete(CheckpointImage.DIR + "/" + f);
            }
        }
        WalSegments.removeBefore(storage, Math.min(keepFrom, retention.getAsLong()));
    }

    /** Recovery: the indexes are being built by {@code build} (see {@link IndexRebuild#start}). */
    void indexesBuiltBy(java.util.concurrent.CompletableFuture<?> build) {
        indexBuild = build;
    }

    /**
     * The end-of-recovery checkpoint waits until the background index build is done, so that
     * the two do not compete for the processors while the server opens and the first queries
     * wait for the indexes; until it runs, the previous checkpoint and the WAL still recover
     * everything.
     */
    private void awaitIndexBuild() {
        java.util.concurrent.CompletableFuture<?> build = indexBuild;
        while (build != null && !build.isDone() && !closed) {
            try {
                build.get(100, java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                // check closed again
            } catch (java.util.concurrent.ExecutionException | InterruptedException e) {
                break; // the build logged its failure; the checkpoint does not need the indexes
            }
        }
        indexBuild = null;
    }

    private void checkpointLoop() {
        while (!closed) {
            if (!checkpointRequested) {
                java.util.concurrent.locks.LockSupport.parkNanos(1_000_000_000L);
            }
            if (closed) {
                return;
            }
            if (checkpointRequested) {
                awaitIndexBuild();
                checkpointRequested = false;
                try {
                    checkpoint();
                } catch (RuntimeException e) {
                    LOG.log(Level.ERROR, "end-of-recovery checkpoint failed: " + e.getMessage());
                }
                continue;
            }
            boolean due = System.nanoTime() - lastCheckpointTime >= settings.checkpointTimeoutSeconds * 1_000_000_000L;
            boolean full = writer.insertLsn() - lastCheckpointRedo > settings.maxWalSizeMb * 1024L * 1024L;
            if ((due || full) && writer.insertLsn() != lastCheckpointEnd) {
                try {
                    checkpoint();
                } catch (RuntimeException e) {
                    LOG.log(Level.ERROR, "checkpoint failed: " + e.getMessage());
                }
            }
        }
    }

    /** Shutdown: a final checkpoint, so the next start replays nothing. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        stopCheckpointer();
        try {
            checkpoint(false);
        } finally {
            writer.close();
        }
    }

    /** Stops without a checkpoint or flush: what a crash leaves (tests). */
    public void crash() {
        writer.abandon();
        stopCheckpointer();
    }

    /**
     * Stops the checkpointer and waits for a checkpoint it is in the middle of. It is woken, never
     * interrupted: an interrupt during FileChannel I/O closes the channel under everyone else.
     */
    private void stopCheckpointer() {
        closed = true;
        java.util.concurrent.locks.LockSupport.unpark(checkpointer);
        if (checkpointer.isAlive() && Thread.currentThread() != checkpointer) {
            try {
                checkpointer.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    static UncheckedIOException unchecked(IOException e) {
        return new UncheckedIOException(e);
    }
}
