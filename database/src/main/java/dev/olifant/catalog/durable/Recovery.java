package dev.olifant.catalog.durable;

import dev.olifant.catalog.Cluster;
import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.wal.ControlFile;
import dev.olifant.wal.Lsn;
import dev.olifant.wal.WalFormatException;
import dev.olifant.wal.WalReader;
import dev.olifant.wal.WalSegments;
import dev.olifant.wal.WalSettings;
import dev.olifant.wal.WalStorage;
import java.io.IOException;
import java.lang.System.Logger.Level;

/**
 * Startup: read the control file, load the newest valid checkpoint image (falling back to the
 * previous one when it is damaged), replay the WAL from its redo LSN to the end of the valid log,
 * cut the log there, move the xid counter past every replayed xid, and start rebuilding the
 * indexes in the background ({@link IndexRebuild}).
 */
final class Recovery {
    /** Worker threads replaying row records beside the reading thread (see {@link ParallelReplay}). */
    private static final int MAX_REPLAY_WORKERS = 3;

    private Recovery() {
    }

    static Durability run(WalStorage storage, WalSettings settings, java.util.function.Supplier<Cluster> initializer)
            throws IOException {
        ControlFile cf = ControlFile.read(storage);
        if (cf == null || cf.checkpoint() == null) {
            if (!WalSegments.list(storage).isEmpty()) {
                throw new PgException(SqlState.DATA_CORRUPTED, "could not find a valid control file \""
                        + ControlFile.PATH + "\", although WAL segments exist in \"" + WalSegments.DIR + "\"");
            }
            Cluster fresh = initializer.get();
            ControlFile initial = new ControlFile(ControlFile.State.IN_PRODUCTION, null, null,
                    System.currentTimeMillis() << 20 | ProcessHandle.current().pid() & 0xFFFFF);
            return new Durability(storage, settings, fresh, Lsn.START, initial);
        }
        if (cf.state() != ControlFile.State.SHUT_DOWN) {
            Durability.LOG.log(Level.INFO, "database system was not properly shut down; automatic recovery in progress");
        }
        long imageStart = System.nanoTime();
        CheckpointImage.Loaded loaded = null;
        for (ControlFile.Checkpoint c : new ControlFile.Checkpoint[] {cf.checkpoint(), cf.prevCheckpoint()}) {
            if (c == null) {
                continue;
            }
            try {
                loaded = CheckpointImage.read(storage, c.image());
                break;
            } catch (WalFormatException | IOException e) {
                Durability.LOG.log(Level.WARNING, "invalid checkpoint image \"" + c.image() + "\": " + e.getMessage()
                        + (c == cf.checkpoint() && cf.prevCheckpoint() != null ? "; using the previous checkpoint" : ""));
            }
        }
        if (loaded == null) {
            throw new PgException(SqlState.DATA_CORRUPTED, "could not locate a valid checkpoint image");
        }
        requireRedoSegment(storage, loaded.redoLsn());
        Cluster cluster = loaded.cluster();
        long start = System.nanoTime();
        Redo redo = new Redo(cluster);
        WalReader reader = new WalReader(storage, loaded.redoLsn());
        Durability.LOG.log(Level.INFO, String.format("redo starts at %s (%d tuple versions loaded from checkpoint image in %.3f s)",
                Lsn.format(loaded.redoLsn()), loaded.versions(), (start - imageStart) / 1e9));
        long lastReport = start;
        int threads = Math.min(MAX_REPLAY_WORKERS, Runtime.getRuntime().availableProcessors() - 1);
        ParallelReplay parallel = threads > 0 ? new ParallelReplay(redo, threads) : null;
        try {
            while (reader.advance()) {
                if (parallel != null) {
                    parallel.apply(reader);
                } else {
                    redo.apply(reader);
                }
                if ((redo.records() & 0x3FFF) == 0) {
                    long now = System.nanoTime();
                    if (now - lastReport > 5_000_000_000L) {
                        lastReport = now;
                        Durability.LOG.log(Level.INFO, "redo in progress, elapsed time: " + (now - start) / 1_000_000_000L
                                + " s, current LSN: " + Lsn.format(reader.position()));
                    }
                }
            }
            if (parallel != null) {
                parallel.finish();
            }
        } catch (WalReader.WalGapException e) {
            throw new PgException(SqlState.DATA_CORRUPTED, e.getMessage());
        } catch (ParallelReplay.RecordFailure e) {
            throw new PgException(SqlState.DATA_CORRUPTED, "invalid WAL record at " + Lsn.format(e.endLsn)
                    + ": " + e.getMessage());
        } catch (WalFormatException e) {
            throw new PgException(SqlState.DATA_CORRUPTED, "invalid WAL record at " + Lsn.format(reader.position())
                    + ": " + e.getMessage());
        } finally {
            if (parallel != null) {
                parallel.close();
            }
        }
        long end = reader.position();
        WalSegments.cutAt(storage, end);
        cluster.transactions().advancePast(redo.maxXid());
        double secs = Math.max(1e-9, (System.nanoTime() - start) / 1e9);
        double mb = (end - loaded.redoLsn()) / (1024.0 * 1024.0);
        Durability.LOG.log(Level.INFO, String.format(
                "redo done at %s: %d records, %.1f MB replayed in %.3f s (%.1f MB/s)%s", Lsn.format(end),
                redo.records(), mb, secs, mb / secs, reader.endReason().isEmpty() ? "" : "; " + reader.endReason()));
        Durability d = new Durability(storage, settings, cluster, end, cf.withState(ControlFile.State.IN_PRODUCTION));
        d.indexesBuiltBy(IndexRebuild.start(cluster));
        return d;
    }

    /**
     * The checkpoint flushed the log up to its redo point before it was recorded, so the segment
     * holding a redo point inside a segment must exist; without it the commits after the
     * checkpoint would be silently lost. (A redo point at a segment boundary may precede the
     * first byte of its segment, so there the segment may legitimately be absent.)
     */
    private static void requireRedoSegment(WalStorage storage, long redoLsn) throws IOException {
        long segment = Lsn.segmentNumber(redoLsn);
        if (redoLsn % Lsn.SEGMENT_SIZE != 0 && !WalSegments.list(storage).contains(segment)) {
            throw new PgException(SqlState.DATA_CORRUPTED, "could not find WAL segment " + Lsn.segmentName(segment)
                    + " needed for recovery").withDetail("The checkpoint's redo point " + Lsn.format(redoLsn)
                    + " is in that segment; \"" + WalSegments.DIR + "\" does not hold it.");
        }
    }
}
