package dev.olifant.session;

import dev.olifant.catalog.CatalogTxn;
import dev.olifant.catalog.Database;
import dev.olifant.txn.IsolationLevel;
import dev.olifant.txn.Transaction;
import dev.olifant.txn.TransactionManager;
import dev.olifant.catalog.Catalog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A session's transaction block state (PostgreSQL's TBLOCK_* states, simplified): no transaction;
 * an implicit one (a single statement, a multi-statement query string, or an extended-protocol
 * cycle up to Sync); an explicit block opened by BEGIN; or a failed block that only ROLLBACK (or
 * COMMIT, which then rolls back) can end.
 *
 * <p>Savepoints form a stack of subtransactions ({@link Savepoint}), each remembering the catalog
 * version and settings it started from. An error inside one aborts only the innermost
 * subtransaction: the block is failed until ROLLBACK TO a savepoint (which ends the failed state)
 * or ROLLBACK.
 */
final class TransactionState {
    private final TransactionManager manager;
    private final Database database;
    private final dev.olifant.lock.Locker locker;
    private Transaction txn;
    private CatalogTxn catalog;
    private boolean explicit;
    private boolean failed;
    private Instant start;
    private final List<Savepoint> savepoints = new ArrayList<>();
    /** LISTEN / NOTIFY work of the transaction, applied at commit (null: the session has none). */
    private PendingNotifications notifications;

    /** One open savepoint: its name and what ROLLBACK TO restores besides the subtransaction. */
    record Savepoint(String name, Catalog catalogMark, int settingsMark) {
    }

    TransactionState(TransactionManager manager, Database database, dev.olifant.lock.Locker locker) {
        this.manager = manager;
        this.database = database;
        this.locker = locker;
    }

    void setNotifications(PendingNotifications notifications) {
        this.notifications = notifications;
    }

    /** Starts a transaction unless one is open. */
    Transaction ensure(IsolationLevel isolation, boolean readOnly, boolean deferrable) {
        if (txn == null) {
            txn = new Transaction(manager, isolation, readOnly, deferrable);
            catalog = new CatalogTxn(database);
            start = Instant.now();
            failed = false;
        }
        return txn;
    }

    // ---- savepoints ---------------------------------------------------------------------------

    /** SAVEPOINT name: opens a subtransaction. */
    void savepoint(String name, int settingsMark) {
        txn.beginSubtransaction();
        savepoints.add(new Savepoint(name, catalog.savepoint(), settingsMark));
        if (notifications != null) {
            notifications.savepoint();
        }
    }

    /** The number of open savepoints (subtransactions). */
    int savepointDepth() {
        return savepoints.size();
    }

    /** The stack index of the newest savepoint called {@code name}, or -1. */
    int findSavepoint(String name) {
        for (int i = savepoints.size() - 1; i >= 0; i--) {
            if (savepoints.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** RELEASE SAVEPOINT: merges the savepoint at {@code index} and every newer one into their parents. */
    void release(int index) {
        if (notifications != null) {
            notifications.release(index);
        }
        while (savepoints.size() > index) {
            savepoints.remove(savepoints.size() - 1);
            txn.releaseSubtransaction();
        }
    }

    /**
     * ROLLBACK TO SAVEPOINT: rolls back the subtransactions newer than the savepoint at
     * {@code index} and its own, restores the catalog version it started from, then opens it
     * again (the savepoint stays defined, as in PostgreSQL) and leaves the failed state.
     *
     * @return the settings mark to restore
     */
    int rollbackTo(int index) {
        Savepoint target = savepoints.get(index);
        while (savepoints.size() > index) {
            savepoints.remove(savepoints.size() - 1);
            txn.rollbackSubtransaction();
        }
        catalog.rollbackTo(target.catalogMark());
        if (notifications != null) {
            notifications.rollbackTo(index);
        }
        txn.beginSubtransaction();
        savepoints.add(target);
        failed = false;
        return target.settingsMark();
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
        if (txn == null) {
            return;
        }
        if (!savepoints.isEmpty()) {
            // only the innermost subtransaction aborts; ROLLBACK TO can resume the parent
            txn.abortSubtransaction();
            catalog.rollbackTo(savepoints.get(savepoints.size() - 1).catalogMark());
            return;
        }
        txn.rollback();
        catalog.rollback();
        locker.releaseAll();
    }

    Instant start() {
        return start;
    }

    void commit() {
        if (txn != null) {
            try {
                // WAL first (catalog image included), then publish the catalog, then mark committed.
                // A commit refused before it is logged (SERIALIZABLE's pre-commit check) rolls back.
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
                if (notifications != null) {
                    notifications.commit();
                }
            } finally {
                locker.releaseAll();
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
                locker.releaseAll();
                clear();
            }
        }
    }

    private void clear() {
        if (notifications != null) {
            notifications.rollback();
        }
        savepoints.clear();
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
