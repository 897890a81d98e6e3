package dev.olifant.catalog.durable;

import dev.olifant.catalog.CatalogTxn;
import dev.olifant.txn.Transaction;

/** The commit-time hook that puts a transaction's catalog change into its redo batch. */
public final class CatalogRedo {
    private CatalogRedo() {
    }

    /**
     * When the transaction changed its database's catalog and commits are logged, adds the new
     * catalog image to the batch (giving the transaction an xid if DDL was all it did).
     */
    public static void logCatalogChange(Transaction txn, CatalogTxn catalog) {
        if (catalog != null && catalog.changed() && txn.manager().commitLog() != null) {
            txn.writeXid();
            txn.redo().catalog(catalog.database().info().oid(), CatalogCodec.encode(catalog.current()));
        }
    }
}
