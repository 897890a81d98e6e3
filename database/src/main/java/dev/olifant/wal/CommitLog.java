package dev.olifant.wal;

/**
 * What the transaction manager needs from the WAL at commit: append a transaction's batch and
 * wait as {@code mode} says ({@link #commit}), then learn that the transaction is marked
 * committed and its catalog published ({@link #commitDone}).
 */
public interface CommitLog {
    /** Appends {@code [redo records..., COMMIT xid]}; returns the LSN just past the batch once it is durable enough. */
    long commit(long xid, RedoBuffer redo, SyncCommit mode);

    void commitDone(long commitLsn);
}
