package dev.olifant.catalog;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * One transaction's view of a database's catalog: the committed version until the transaction
 * changes something, then a private version that {@link #commit()} publishes and
 * {@link #rollback()} forgets.
 *
 * <p>The first change takes the database's DDL lock (waiting as a lock wait: cancel requests and
 * lock_timeout apply) and holds it to the end of the transaction, so two transactions never build
 * private versions from the same base.
 */
public final class CatalogTxn {
    private final Database database;
    private Catalog working;

    public CatalogTxn(Database database) {
        this.database = database;
    }

    public Database database() {
        return database;
    }

    /** The catalog this transaction sees now. */
    public Catalog current() {
        return working != null ? working : database.committed();
    }

    public boolean changed() {
        return working != null;
    }

    /** Applies a change to the private version (taking the DDL lock on the first one). */
    public void apply(UnaryOperator<Catalog> change, long lockTimeoutMillis, Runnable interrupts) {
        if (working == null) {
            lock(lockTimeoutMillis, interrupts);
            working = database.committed();
        }
        working = change.apply(working);
    }

    private void lock(long timeoutMillis, Runnable interrupts) {
        long deadline = timeoutMillis > 0 ? System.currentTimeMillis() + timeoutMillis : Long.MAX_VALUE;
        try {
            while (!database.ddlLock().tryLock(50, TimeUnit.MILLISECONDS)) {
                interrupts.run();
                if (System.currentTimeMillis() >= deadline) {
                    throw new PgException(SqlState.LOCK_NOT_AVAILABLE, "canceling statement due to lock timeout");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PgException(SqlState.QUERY_CANCELED, "canceling statement due to user request");
        }
    }

    /**
     * A mark for a savepoint: the catalog version this transaction sees now ({@code null} while it
     * has changed nothing). Versions are immutable, so the mark is the version itself.
     */
    public Catalog savepoint() {
        return working;
    }

    /**
     * Returns to the state {@link #savepoint()} marked (ROLLBACK TO SAVEPOINT): changes made since
     * are forgotten; when there were none before the mark, the DDL lock taken since is released.
     */
    public void rollbackTo(Catalog mark) {
        if (mark == null) {
            rollback();
        } else {
            working = mark;
        }
    }

    public void commit() {
        if (working != null) {
            database.publish(working);
            working = null;
            database.ddlLock().unlock();
        }
    }

    public void rollback() {
        if (working != null) {
            working = null;
            database.ddlLock().unlock();
        }
    }
}
