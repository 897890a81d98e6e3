package dev.olifant.session;

import dev.olifant.catalog.CatalogTxn;
import dev.olifant.catalog.Database;
import dev.olifant.txn.IsolationLevel;
import dev.olifant.txn.Transaction;
import dev.olifant.txn.TransactionManager;
import java.time.Instant;

/**
 * A session's transaction block state (PostgreSQL's TBLOCK_* states, simplified): no transaction;
 * an implicit one (a single statement, a multi-statement query string, or an extended-protocol
 * cycle up to Sync); an explicit block opened by BEGIN; or a failed block that only ROLLBACK (or
 * COMMIT, which then rolls back) can end.
 */
final class TransactionState {
    private final TransactionManager manager;
    private final Database database;
    private Transaction txn;
    private CatalogTxn catalog;
    private boolean explicit;
    private boolean failed;
    private Instant start;

    TransactionState(TransactionManager manager, Database database) {
        this.manager = manager;
        this.database = database;
    }

    /** Starts a transaction unless one is open. */
    Transaction ensure(IsolationLevel isolation, boolean readOnly) {
        if (txn == null) {
            txn = new Transaction(manager, isolation, readOnly);
            catalog = new CatalogTxn(database);
            start = Instant.now();
            failed = false;
        }
        return txn;
    }

    /** Replaces a just-started, still unused transaction (BEGIN ISOLATION LEVEL / SET TRANSACTION). */
    void reconfigure(IsolationLevel isolation, boolean readOnly) {
        Transaction old = txn;
        txn = new Transaction(manager, isolation, readOnly);
        old.rollback();
    }

    Transaction current() {
        return txn;
    }

    CatalogTxn catalog() {
        return catalog;
    }

    boolean active() {
        return txn != null;
    }

    boolean explicit() {
        return explicit;
    }

    void setExplicit(boolean e) {
        explicit = e;
    }

    boolean failed() {
        return failed;
    }

    /**
     * An error inside a transaction block: the transaction is rolled back at once, so its locks
     * and row claims are released (as PostgreSQL's AbortTransaction does), while the block stays
     * open and failed until ROLLBACK.
     */
    void markFailed() {
        failed = true;
        if (txn != null) {
            txn.rollback();
            catalog.rollback();
        }
    }

    Instant start() {
        return start;
    }

    void commit() {
        if (txn != null) {
            try {
                // WAL first (catalog image included), then publish the catalog, then mark committed.
                try {
                    dev.olifant.catalog.durable.CatalogRedo.logCatalogChange(txn, catalog);
                    txn.logCommit();
                } catch (RuntimeException e) {
                    txn.rollback();
                    catalog.rollback();
                    throw e;
                }
                catalog.commit();
                txn.commit();
            } finally {
                clear();
            }
        }
    }

    void rollback() {
        if (txn != null) {
            try {
                txn.rollback();
                catalog.rollback();
            } finally {
                clear();
            }
        }
    }

    private void clear() {
        txn = null;
        catalog = null;
        explicit = false;
        failed = false;
        start = null;
    }

    TransactionStatus status() {
        if (txn == null || !explicit) {
            return TransactionStatus.IDLE;
        }
        return failed ? TransactionStatus.FAILED : TransactionStatus.IN_TRANSACTION;
    }
}
