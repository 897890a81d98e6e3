package dev.olifant.wal;

/**
 * What a WAL record says. Codes are stored on disk and never renumbered. The payload layouts are
 * described in README.md; {@link RecordDescriber} renders them for WalDump.
 */
public enum RecordType {
    /** A tuple version created at a tuple id: database, relfilenode, tid, values. */
    HEAP_INSERT(1),
    /** A tuple version deleted, or replaced by the version at {@code next}: database, relfilenode, tid, next. */
    HEAP_DELETE(2),
    /** A database's whole catalog as of the end of the transaction: database, image. */
    CATALOG(3),
    /** The cluster-wide catalog (roles, memberships, databases): logged and flushed when it changes. */
    CLUSTER(4),
    /** A sequence's position, logged ahead of the values handed out: database, sequence, value, called. */
    SEQUENCE(5),
    /** The end of a transaction's batch: the transaction is committed once this record is durable. */
    COMMIT(6),
    /** A checkpoint finished: its redo LSN and image name (for WalDump; recovery reads the control file). */
    CHECKPOINT(7);

    private final int code;

    RecordType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    private static final RecordType[] BY_CODE = new RecordType[16];

    static {
        for (RecordType t : values()) {
            BY_CODE[t.code] = t;
        }
    }

    /** The type with this code, or null for an unknown code (a damaged or foreign record). */
    public static RecordType of(int code) {
        return code >= 0 && code < BY_CODE.length ? BY_CODE[code] : null;
    }
}
