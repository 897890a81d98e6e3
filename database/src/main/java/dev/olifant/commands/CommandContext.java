package dev.olifant.commands;

import dev.olifant.catalog.Catalog;
import dev.olifant.catalog.CatalogTxn;
import dev.olifant.catalog.Cluster;
import dev.olifant.catalog.Database;
import dev.olifant.error.PgException;
import dev.olifant.exec.ExecContext;
import dev.olifant.sql.analyze.AnalysisContext;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * What a command runs with: the cluster, the current database and the transaction's catalog
 * view, analysis contexts for expressions (built over a given catalog version, so expressions
 * written in a command can see objects the same command created), an execution context for
 * reading table data, and where notices go.
 *
 * @param inTransactionBlock true inside BEGIN ... COMMIT (CREATE DATABASE refuses to run there: 25001)
 * @param userOid            the current role, which owns what the command creates
 * @param otherSessionsUsing how many other sessions are connected to a database (DROP DATABASE refuses then)
 */
public record CommandContext(Cluster cluster, Database database, CatalogTxn catalogTxn,
        Function<Catalog, AnalysisContext> analysisFor, ExecContext exec, boolean inTransactionBlock, long userOid,
        Consumer<PgException> notices, long lockTimeoutMillis, java.util.function.ToIntFunction<String> otherSessionsUsing) {

    public Catalog catalog() {
        return catalogTxn.current();
    }

    /** An analysis context over the catalog as this transaction sees it now. */
    public AnalysisContext analysis() {
        return analysisFor.apply(catalog());
    }

    /**
     * Takes the database's DDL lock (if this transaction does not hold it yet) so that the catalog
     * read next is the base every change of this command builds on.
     */
    public Catalog lockCatalog() {
        change(c -> c);
        return catalog();
    }

    /** Records a catalog change in the transaction's private version. */
    public void change(UnaryOperator<Catalog> change) {
        catalogTxn.apply(change, lockTimeoutMillis, exec::checkInterrupts);
    }

    public long newOid() {
        return cluster.newOid();
    }

    public void notice(PgException notice) {
        notices.accept(notice);
    }
}
