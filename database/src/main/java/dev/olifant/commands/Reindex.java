package dev.olifant.commands;

import dev.olifant.catalog.Catalog;
import dev.olifant.catalog.Index;
import dev.olifant.catalog.Namespace;
import dev.olifant.catalog.Relation;
import dev.olifant.catalog.Table;
import dev.olifant.error.PgException;
import dev.olifant.error.Severity;
import dev.olifant.error.SqlState;
import dev.olifant.exec.TableLocks;
import dev.olifant.lock.LockManager;
import dev.olifant.lock.LockMode;
import dev.olifant.lock.LockTag;
import dev.olifant.lock.Locker;
import dev.olifant.lock.WaitPolicy;
import dev.olifant.sql.analyze.Names;
import dev.olifant.sql.ast.DefElem;
import dev.olifant.sql.ast.ReindexStmt;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * REINDEX with PostgreSQL's locks. INDEX and TABLE take SHARE on the table (writers wait, readers
 * do not) and ACCESS EXCLUSIVE on the indexes, to the end of the transaction. SCHEMA and DATABASE
 * work through their tables one at a time, each locked only while its indexes are rebuilt (as
 * PostgreSQL's ReindexMultipleTables commits after each table), so they cannot run in a
 * transaction block; a table dropped meanwhile is skipped.
 *
 * <p>CONCURRENTLY takes SHARE UPDATE EXCLUSIVE instead, which neither readers nor writers wait
 * for, and then waits as PostgreSQL's ReindexRelationConcurrently does between its phases: twice
 * for the transactions writing to the table (building and validating the new index), then twice
 * for every transaction using the table at all (marking the old index dead and dropping it).
 *
 * <p>Each index is built afresh from the table, checking uniqueness as a rebuild does. The
 * storage in use stays: it holds one entry per stored row version, removed together with the
 * version, so it equals the fresh build entry for entry, and plans prepared by other sessions
 * keep referring to it.
 */
final class Reindex {
    private Reindex() {
    }

    static String execute(ReindexStmt s, CommandContext ctx) {
        boolean verbose = false;
        boolean concurrently = s.concurrently();
        for (DefElem o : s.options()) {
            switch (o.name()) {
                case "verbose" -> verbose = VacuumOptions.bool(o);
                case "concurrently" -> concurrently |= VacuumOptions.bool(o);
                case "tablespace" -> throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                        "tablespaces are not supported");
                default -> throw new PgException(SqlState.SYNTAX_ERROR, "unrecognized REINDEX option \""
                        + o.name() + "\"").withPosition(o.location() + 1);
            }
        }
        if (concurrently && ctx.inTransactionBlock()) {
            throw new PgException(SqlState.ACTIVE_SQL_TRANSACTION,
                    "REINDEX CONCURRENTLY cannot run inside a transaction block");
        }
        Reindex.Run run = new Run(ctx, concurrently, verbose);
        switch (s.kind()) {
            case INDEX -> {
                if (!(Names.utilityRelation(ctx.analysis(), s.name()) instanceof Index ix)) {
                    throw new PgException(SqlState.WRONG_OBJECT_TYPE, "\"" + s.name().last() + "\" is not an index");
                }
                Ownership.check(ctx.cluster(), ctx.userOid(), ix.ownerOid(), "index", ix.name());
                run.table((Table) ctx.catalog().relation(ix.tableOid()), List.of(ix), true);
            }
            case TABLE -> {
                if (!(Names.utilityRelation(ctx.analysis(), s.name()) instanceof Table t)) {
                    throw new PgException(SqlState.WRONG_OBJECT_TYPE, "\"" + s.name().last()
                            + "\" is not a table or materialized view");
                }
                Ownership.checkRelation(ctx, t);
                run.table(t, indexes(ctx.catalog(), t), true);
            }
            case SCHEMA, DATABASE, SYSTEM -> run.many(s);
        }
        return "REINDEX";
    }

    private static List<Index> indexes(Catalog cat, Table t) {
        List<Index> out = new ArrayList<>();
        for (long oid : t.indexOids()) {
            if (cat.relation(oid) instanceof Index ix) {
                out.add(ix);
            }
        }
        return out;
    }

    /** One REINDEX statement's work. */
    private record Run(CommandContext ctx, boolean concurrently, boolean verbose) {

        void many(ReindexStmt s) {
            String what = s.kind().name();
            if (ctx.inTransactionBlock()) {
                throw new PgException(SqlState.ACTIVE_SQL_TRANSACTION,
                        "REINDEX " + what + " cannot run inside a transaction block");
            }
            Catalog cat = ctx.catalog();
            List<Table> tables = new ArrayList<>();
            if (s.kind() == ReindexStmt.Kind.SCHEMA) {
                Namespace ns = cat.namespace(s.name().last());
                if (ns == null) {
                    throw new PgException(SqlState.INVALID_SCHEMA_NAME, "schema \"" + s.name().last()
                            + "\" does not exist");
                }
                Ownership.check(ctx.cluster(), ctx.userOid(), ns.ownerOid(), "schema", ns.name());
                if (ns.isSystem() && concurrently) {
                    throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                            "cannot reindex system catalogs concurrently");
                }
                for (Relation r : cat.relations()) {
                    if (r instanceof Table t && t.namespaceOid() == ns.oid()) {
                        tables.add(t);
                    }
                }
            } else {
                if (!s.name().last().equals(ctx.database().info().name())) {
                    throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                            "can only reindex the currently open database");
                }
                Ownership.check(ctx.cluster(), ctx.userOid(), ctx.database().info().ownerOid(), "database",
                        s.name().last());
                if (concurrently) {
                    if (s.kind() == ReindexStmt.Kind.SYSTEM) {
                        throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                                "cannot reindex system catalogs concurrently");
                    }
                    ctx.notice(new PgException(SqlState.FEATURE_NOT_SUPPORTED, Severity.WARNING,
                            "cannot reindex system catalogs concurrently, skipping all", null, null, 0, null));
                }
                // The system catalogs are views over the catalog here: they have no index storage.
                if (s.kind() == ReindexStmt.Kind.DATABASE) {
                    for (Relation r : cat.relations()) {
                        if (r instanceof Table t && !cat.namespace(t.namespaceOid()).isSystem()) {
                            tables.add(t);
                        }
                    }
                }
            }
            tables.sort(Comparator.comparingLong(Table::oid));
            for (Table t : tables) {
                table(t, indexes(cat, t), false);
            }
        }

        /**
         * Rebuilds {@code indexes} of {@code table}.
         *
         * @param transactionLocks true to keep the locks to the end of the transaction (INDEX and
         *     TABLE without CONCURRENTLY); false to hold them only while this table is worked on
         */
        void table(Table table, List<Index> indexes, boolean transactionLocks) {
            Locker me = ctx.exec().services().locker();
            LockManager locks = me.manager();
            WaitPolicy policy = TableLocks.waits(ctx.exec());
            LockMode tableMode = concurrently ? LockMode.SHARE_UPDATE_EXCLUSIVE : LockMode.SHARE;
            LockMode indexMode = concurrently ? LockMode.SHARE_UPDATE_EXCLUSIVE : LockMode.ACCESS_EXCLUSIVE;
            if (transactionLocks && !concurrently) {
                TableLocks.lock(ctx.exec(), table.oid(), tableMode, false, table::name);
                for (Index ix : indexes) {
                    TableLocks.lock(ctx.exec(), ix.oid(), indexMode, false, ix::name);
                }
                rebuild(table, indexes);
                return;
            }
            List<LockTag> held = new ArrayList<>();
            LockTag tableTag = me.relation(table.oid());
            try {
                locks.lockSession(me, tableTag, tableMode, policy);
                held.add(tableTag);
                if (!(ctx.database().committed().relation(table.oid()) instanceof Table current)) {
                    return; // dropped while this command waited for it
                }
                List<Index> now = indexes.stream()
                        .filter(ix -> ctx.database().committed().relation(ix.oid()) instanceof Index).toList();
                for (Index ix : now) {
                    LockTag tag = me.relation(ix.oid());
                    locks.lockSession(me, tag, indexMode, policy);
                    held.add(tag);
                }
                if (concurrently) {
                    locks.waitForLockers(me, tableTag, LockMode.SHARE, policy);
                    locks.waitForLockers(me, tableTag, LockMode.SHARE, policy);
                }
                rebuild(current, now);
                if (concurrently) {
                    locks.waitForLockers(me, tableTag, LockMode.ACCESS_EXCLUSIVE, policy);
                    locks.waitForLockers(me, tableTag, LockMode.ACCESS_EXCLUSIVE, policy);
                }
            } finally {
                for (LockTag tag : held.reversed()) {
                    locks.unlockSession(me, tag, tag == tableTag ? tableMode : indexMode);
                }
            }
        }

        private void rebuild(Table table, List<Index> indexes) {
            for (Index ix : indexes) {
                long start = System.nanoTime();
                Indexes.fill(ctx, table, ix);
                if (verbose) {
                    double secs = (System.nanoTime() - start) / 1e9;
                    ctx.notice(new PgException(SqlState.SUCCESSFUL_COMPLETION, Severity.INFO,
                            "index \"" + ix.name() + "\" was reindexed", String.format(Locale.ROOT,
                                    "CPU: user: %.2f s, system: %.2f s, elapsed: %.2f s", secs, 0.0, secs),
                            null, 0, null));
                }
            }
        }
    }
}
