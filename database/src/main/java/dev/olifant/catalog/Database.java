package dev.olifant.catalog;

import java.util.concurrent.locks.ReentrantLock;

/**
 * A database of the cluster: its pg_database row and its committed catalog version.
 *
 * <p>Lock order: a transaction changing this catalog first takes {@link #ddlLock()} (held to the
 * end of the transaction), then reads {@link #committed()} as the base of its private version,
 * and publishes with {@link #publish} before releasing the lock. So catalog changes of concurrent
 * transactions never overwrite each other.
 */
public final class Database {
    private volatile DatabaseInfo info;
    private volatile Catalog committed;
    private final ReentrantLock ddlLock = new ReentrantLock();

    public Database(DatabaseInfo info, Catalog catalog) {
        this.info = info;
        this.committed = catalog;
    }

    public DatabaseInfo info() {
        return info;
    }

    public void setInfo(DatabaseInfo newInfo) {
        this.info = newInfo;
    }

    public Catalog committed() {
        return committed;
    }

    public void publish(Catalog catalog) {
        this.committed = catalog;
    }

    public ReentrantLock ddlLock() {
        return ddlLock;
    }
}
