package dev.olifant.wal;

/**
 * The server-wide WAL settings (PostgreSQL's GUCs of the same names), changed at run time by
 * configuration reload or SET where PostgreSQL allows it. Fields are volatile: the writer reads
 * them on every flush.
 */
public final class WalSettings {
    /** fsync: when off, nothing is forced to disk (fast, and unsafe on a power cut). */
    public volatile boolean fsync = true;
    /** The server default of synchronous_commit; sessions may override it per transaction. */
    public volatile SyncCommit synchronousCommit = SyncCommit.ON;
    /** commit_delay in microseconds: a flushing committer waits this long for others to join. */
    public volatile int commitDelayMicros = 0;
    /** commit_siblings: commit_delay only applies with at least this many other transactions running. */
    public volatile int commitSiblings = 5;
    /** checkpoint_timeout in seconds. */
    public volatile int checkpointTimeoutSeconds = 300;
    /** max_wal_size in MB: a checkpoint starts when this much WAL was written since the last one. */
    public volatile int maxWalSizeMb = 1024;
    /** wal_writer_delay in milliseconds: how soon asynchronous commits are flushed. */
    public volatile int walWriterDelayMillis = 200;
}
