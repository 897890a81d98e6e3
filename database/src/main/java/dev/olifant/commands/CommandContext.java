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
import java.util.function.ToIntFunction;
import java.util.function.UnaryOperator;

/**
 * What a command runs with: the cluster, the current database and the transaction's catalog
 * view, analysis contexts for expressions (built over a given catalog version, so expressions
 * written in a command can see objects the same command created), an execution context for
 * reading table data, and where notices go.
 *
 * @param inTransactionBlock true inside BEGIN ... COMMIT (CREATE DATABASE refuses to run there: 25001)
 * @param userOid            the current role, which owns what the command creates
 * @param sessionsUsing      how many sessions other than this one are connected to a database (DROP DATABASE)
 */
public record CommandContext(Cluster cluster, Database database, CatalogTxn catalogTxn,
        Function<Catalog, AnalysisContext> analysisFor, ExecContext exec, boolean inTransactionBlock, long userOid,
        Consumer<PgException> notices, long lockTimeoutMillis, ToIntFunction<String> sessionsUsing) {

    /** A context whose DROP DATABASE sees no other sessions (for callers that track none). */
    public CommandContext(Cluster cluster, Database database, CatalogTxn catalogTxn,
            Function<Catalog, AnalysisContext> analysisFor, ExecContext exec, boolean inTransactionBlock, long userOid,
            Consumer<PgException> notices, long lockTimeoutMillis) {
        this(cluster, database, catalogTxn, analysisFor, exec, inTransactionBlock, userOid, notices, lockTimeoutMillis,
                name -> 0);
    }

    public Catalog catalog() {
        return catalogTxn.current();
    }

    /** An analysis context over the catalog as this transaction sees it now. */
    public AnalysisContext analysis() {
        return analysisFor.apply(catalog());
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
