package dev.olifant.wal;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import java.io.IOException;
import java.util.zip.CRC32C;

/**
 * {@code global/pg_control}: the format version, the cluster state, and the newest two
 * checkpoints (redo LSN and image file), with a CRC32C. Written whole to a temporary file,
 * forced, renamed over the old one and the directory synced, so a crash leaves either the old or
 * the new file, never a mix. The previous checkpoint is kept so a damaged newest image can fall
 * back to it.
 *
 * @param checkpoint     the newest checkpoint, or null before the first one
 * @param prevCheckpoint the one before it, or null
 */
public record ControlFile(State state, Checkpoint checkpoint, Checkpoint prevCheckpoint, long systemIdentifier) {
    public static final String DIR = "global";
    public static final String PATH = DIR + "/pg_control";
    /** Bumped whenever the WAL, image or control format changes incompatibly. */
    public static final int FORMAT_VERSION = 4;
    private static final long MAGIC = 0x4F4C4643544C0001L; // "OLFCTL" + 1

    /** PostgreSQL's DBState, reduced to what Olifant distinguishes. */
    public enum State {
        SHUT_DOWN, IN_PRODUCTION, IN_CRASH_RECOVERY
    }

    /** A checkpoint: replay starts at {@code redoLsn} over the image in {@code image}. */
    public record Checkpoint(long redoLsn, String image) {
    }

    public ControlFile withState(State s) {
        return new ControlFile(s, checkpoint, prevCheckpoint, systemIdentifier);
    }

    /** This control file with {@code c} as the newest checkpoint and the current one as previous. */
    public ControlFile withCheckpoint(Checkpoint c) {
        return new ControlFile(state, c, checkpoint, systemIdentifier);
    }

    byte[] encode() {
        WalOutput out = new WalOutput(128);
        out.i64(MAGIC).i32(FORMAT_VERSION).i32(state.ordinal()).i64(systemIdentifier);
        writeCheckpoint(out, checkpoint);
        writeCheckpoint(out, prevCheckpoint);
        CRC32C crc = new CRC32C();
        crc.update(out.array(), 0, out.length());
        out.i32((int) crc.getValue());
        return out.toByteArray();
    }

    private static void writeCheckpoint(WalOutput out, Checkpoint c) {
        out.bool(c != null);
        if (c != null) {
            out.i64(c.redoLsn()).str(c.image());
        }
    }

    public void write(WalStorage storage) throws IOException {
        storage.createDirectories(DIR);
        storage.writeAtomically(DIR, "pg_control", encode());
    }

    /** The control file, or null when the data directory has none (a new cluster). */
    public static ControlFile read(WalStorage storage) throws IOException {
        if (!storage.exists(PATH)) {
            return null;
        }
        return decode(storage.readAll(PATH));
    }

    static ControlFile decode(byte[] b) {
        if (b.length < 16) {
            throw corrupt("control file is too short (" + b.length + " bytes)");
        }
        WalInput in = new WalInput(b);
        long magic = in.i64();
        int version = in.i32();
        if (magic != MAGIC) {
            throw corrupt("control file has an unknown format (not written by Olifant)");
        }
        if (version != FORMAT_VERSION) {
            throw new PgException(SqlState.CONFIG_FILE_ERROR, "database files are incompatible with server")
                    .withDetail("The database cluster was initialized with control file format " + version
                            + ", but the server was compiled with control file format " + FORMAT_VERSION + ".");
        }
        CRC32C crc = new CRC32C();
        crc.update(b, 0, b.length - 4);
        int stored = new WalInput(b, b.length - 4, 4).i32();
        if ((int) crc.getValue() != stored) {
            throw corrupt("incorrect checksum in control file");
        }
        try {
            int st = in.i32();
            if (st < 0 || st >= State.values().length) {
                throw corrupt("control file contains invalid data (state " + st + ")");
            }
            long sysId = in.i64();
            Checkpoint c = readCheckpoint(in);
            Checkpoint prev = readCheckpoint(in);
            return new ControlFile(State.values()[st], c, prev, sysId);
        } catch (WalFormatException e) {
            throw corrupt("control file contains invalid data");
        }
    }

    private static Checkpoint readCheckpoint(WalInput in) {
        return in.bool() ? new Checkpoint(in.i64(), in.str()) : null;
    }

    private static PgException corrupt(String message) {
        return new PgException(SqlState.DATA_CORRUPTED, message);
    }
}
