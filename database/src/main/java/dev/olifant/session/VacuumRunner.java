package dev.olifant.session;

import dev.olifant.catalog.PartitionTree;
import dev.olifant.catalog.Table;
import dev.olifant.commands.Analyze;
import dev.olifant.commands.Ownership;
import dev.olifant.lock.LockMode;
import dev.olifant.commands.Vacuum;
import dev.olifant.commands.VacuumOptions;
import dev.olifant.error.PgException;
import dev.olifant.error.Severity;
import dev.olifant.error.SqlState;
import dev.olifant.exec.ExecContext;
import dev.olifant.exec.plan.RowSource;
import dev.olifant.exec.plan.SeqScan;
import dev.olifant.exec.plan.TableSlots;
import dev.olifant.sql.ast.VacuumStmt;
import dev.olifant.storage.RelationStatistics;
import dev.olifant.storage.TableStats;
import dev.olifant.storage.VacuumResult;
import dev.olifant.txn.Horizon;
import dev.olifant.txn.Transaction;
import dev.olifant.session.VacuumTargets.Target;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code VACUUM [FULL] [FREEZE] [VERBOSE] [ANALYZE] [tables]}, {@code VACUUM (options) [tables]}
 * and {@code ANALYZE [VERBOSE] [table [(columns)]]}: vacuums and/or analyzes the named tables, or
 * every table of the database. With tables in memory and versions frozen by every vacuum anyway,
 * FULL and FREEZE do what plain VACUUM does. VACUUM refuses to run in a transaction block, the
 * implicit one of a query string holding several statements included;
 * ANALYZE runs in the current transaction and reads the rows its snapshot sees.
 *
 * <p>The tables are listed first ({@link VacuumTargets}), then each is locked and processed in
 * turn, holding its lock only for its own turn when PostgreSQL would give it a transaction of its
 * own ({@link VacuumLocks}). A table dropped in between, or (under SKIP_LOCKED) locked by another
 * session, is skipped, with PostgreSQL's warning when the statement named it.
 */
final class VacuumRunner {
    private final PgSession session;
    private ResultSink sink;

    VacuumRunner(PgSession session) {
        this.session = session;
    }

    void run(VacuumStmt v, ResultSink sink) {
        this.sink = sink;
        VacuumOptions options = VacuumOptions.of(v);
        boolean inBlock = session.tx.explicit() || session.multiStatement;
        if (v.vacuum() && inBlock) {
            throw new PgException(SqlState.ACTIVE_SQL_TRANSACTION, "VACUUM cannot run inside a transaction block");
        }
        if (!v.vacuum()) {
            session.beginStatementTransaction();
        }
        List<Target> targets = new VacuumTargets(session, new VacuumLocks(session, true)).expand(v, options, this);
        // PostgreSQL's use_own_xacts: VACUUM always; ANALYZE of several tables outside a block
        VacuumLocks locks = new VacuumLocks(session, options.vacuum() || !inBlock && targets.size() > 1);
        Horizon horizon = session.instance().cluster().transactions().horizon();
        for (Target target : targets) {
            session.interrupts.check();
            if (options.vacuum() && !vacuumOne(target, options, locks, horizon)) {
                continue;
            }
            if (options.analyze()) {
                analyzeOne(target, options, locks);
            }
        }
    }

    /**
     * PostgreSQL's vacuum_rel: locks the table (SHARE UPDATE EXCLUSIVE, ACCESS EXCLUSIVE for FULL)
     * and vacuums it; false when it was skipped, which skips its ANALYZE too. A partitioned table
     * holds no rows and needs no vacuum, but is locked and checked like the others.
     */
    private boolean vacuumOne(Target target, VacuumOptions options, VacuumLocks locks, Horizon horizon) {
        LockMode mode = options.full() ? LockMode.ACCESS_EXCLUSIVE : LockMode.SHARE_UPDATE_EXCLUSIVE;
        VacuumLocks.Held held = locks.lock(target.oid(), mode, options.skipLocked());
        if (held == null) {
            skipped(target, "vacuum", "lock not available");
            return false;
        }
        try {
            Table t = current(target, "vacuum");
            if (t == null || !target.named() && !mayProcess(t, "vacuum")) {
                return false;
            }
            if (!t.isPartitioned()) {
                vacuum(t, options, horizon);
            }
            return true;
        } finally {
            locks.done(held);
        }
    }

    /**
     * PostgreSQL's analyze_rel: locks the table SHARE UPDATE EXCLUSIVE and samples its rows. For a
     * partitioned table, PostgreSQL samples its partitions' rows for statistics of the whole
     * tree, locking each partition ACCESS SHARE (waiting, SKIP_LOCKED or not); those locks are
     * taken here too, while the partitions' own statistics come from their own turns in the list.
     */
    private void analyzeOne(Target target, VacuumOptions options, VacuumLocks locks) {
        VacuumLocks.Held held = locks.lock(target.oid(), LockMode.SHARE_UPDATE_EXCLUSIVE, options.skipLocked());
        if (held == null) {
            skipped(target, "analyze", "lock not available");
            return;
        }
        List<VacuumLocks.Held> parts = new ArrayList<>();
        try {
            Table t = current(target, "analyze");
            if (t == null || !target.named() && !options.vacuum() && !mayProcess(t, "analyze")) {
                return;
            }
            if (t.isPartitioned()) {
                List<Table> tree = PartitionTree.tree(session.catalog(), t);
                for (Table p : tree.subList(1, tree.size())) {
                    parts.add(locks.lock(p.oid(), LockMode.ACCESS_SHARE, false));
                }
                return;
            }
            VacuumLocks.Held read = locks.lock(t.oid(), LockMode.ACCESS_SHARE, false);
            try {
                analyze(t, VacuumTargets.attnums(t, target.columns()), options.verbose());
            } finally {
                locks.done(read);
            }
        } finally {
            parts.forEach(locks::done);
            locks.done(held);
        }
    }

    /**
     * The target as the catalog has it now that it is locked, or null (with PostgreSQL's warning
     * when the statement named it) when it was dropped since the list was made.
     */
    private Table current(Target target, String verb) {
        if (session.catalog().relation(target.oid()) instanceof Table t) {
            return t;
        }
        skipped(target, verb, "relation no longer exists");
        return null;
    }

    private void skipped(Target target, String verb, String why) {
        if (target.named()) {
            warning("skipping " + verb + " of \"" + target.name() + "\" --- " + why);
        }
    }

    void warning(String message) {
        session.notice(sink, new PgException(SqlState.WARNING, message).withSeverity(Severity.WARNING));
    }

    /**
     * Whether the current user may vacuum or analyze the table (its owner, the database's owner,
     * or a superuser), warning and skipping it otherwise, as PostgreSQL's vacuum_is_relation_owner.
     */
    boolean mayProcess(Table t, String verb) {
        var cluster = session.instance().cluster();
        long me = session.role().oid();
        if (Ownership.owns(cluster, me, t.ownerOid())
                || Ownership.owns(cluster, me, session.database().info().ownerOid())) {
            return true;
        }
        warning("skipping \"" + t.name() + "\" --- only table or database owner can " + verb + " it");
        return false;
    }

    private void vacuum(Table t, VacuumOptions options, Horizon horizon) {
        if (options.verbose()) {
            info("vacuuming \"" + session.databaseName() + "." + qualified(t) + "\"");
        }
        VacuumResult r = Vacuum.table(t, horizon, false);
        Vacuum.updateRelStats(t, r);
        session.instance().statisticsChanged();
        if (options.verbose()) {
            info("finished vacuuming \"" + session.databaseName() + "." + qualified(t) + "\": index scans: "
                    + (r.removed() > 0 && !t.indexOids().isEmpty() ? 1 : 0) + "\ntuples: " + r.removed()
                    + " removed, " + r.live() + " remain, " + r.recentlyDead()
                    + " are dead but not yet removable");
        }
    }

    private void analyze(Table t, List<Integer> columns, boolean verbose) {
        if (verbose) {
            info("analyzing \"" + qualified(t) + "\"");
        }
        Transaction txn = session.beginStatementTransaction();
        ExecContext ctx = session.execContext(txn, new Object[0]);
        Analyze.Sample sample = new Analyze.Sample(t.oid() ^ System.nanoTime());
        int width = TableSlots.width(t);
        try (RowSource rows = new SeqScan(t, null, 0, width, null, 0).open(ctx)) {
            Object[] row;
            while ((row = rows.next()) != null) {
                sample.offer(row);
            }
        }
        TableStats stats = t.storage().stats();
        RelationStatistics s = Analyze.compute(t, sample, columns, stats.statistics(), Instant.now());
        stats.analyzed(s);
        session.instance().statisticsChanged();
        if (verbose) {
            info("\"" + t.name() + "\": scanned " + s.relpages() + " of " + s.relpages()
                    + " pages, containing " + sample.liveRows() + " live rows and " + stats.deadTuples()
                    + " dead rows; " + sample.sampled() + " rows in sample, " + (long) s.reltuples()
                    + " estimated total rows");
        }
    }

    private String qualified(Table t) {
        var ns = session.catalog().namespace(t.namespaceOid());
        return (ns == null ? "" : ns.name() + ".") + t.name();
    }

    private void info(String message) {
        session.notice(sink, new PgException(SqlState.SUCCESSFUL_COMPLETION, message).withSeverity(Severity.INFO));
    }
}
