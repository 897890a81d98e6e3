package dev.olifant.session;

import dev.olifant.catalog.Column;
import dev.olifant.catalog.Relation;
import dev.olifant.catalog.Table;
import dev.olifant.commands.Analyze;
import dev.olifant.commands.Ownership;
import dev.olifant.exec.TableLocks;
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
import dev.olifant.sql.analyze.AnalysisContext;
import dev.olifant.sql.analyze.Names;
import dev.olifant.sql.analyze.ParamTypes;
import dev.olifant.sql.ast.VacuumRelation;
import dev.olifant.sql.ast.VacuumStmt;
import dev.olifant.storage.RelationStatistics;
import dev.olifant.storage.TableStats;
import dev.olifant.storage.VacuumResult;
import dev.olifant.txn.Horizon;
import dev.olifant.txn.Transaction;
import dev.olifant.types.PgType;
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
 */
final class VacuumRunner {
    private final PgSession session;

    /**
     * A table to process and the attribute numbers of the columns to analyze (empty: all);
     * {@code named} when the statement listed it (its ownership was checked before locking).
     */
    private record Target(Table table, List<Integer> columns, boolean named) {
    }

    VacuumRunner(PgSession session) {
        this.session = session;
    }

    void run(VacuumStmt v, ResultSink sink) {
        VacuumOptions options = VacuumOptions.of(v);
        if (v.vacuum() && (session.tx.explicit() || session.multiStatement)) {
            throw new PgException(SqlState.ACTIVE_SQL_TRANSACTION, "VACUUM cannot run inside a transaction block");
        }
        List<Target> targets = new ArrayList<>();
        for (Target target : targets(v)) {
            // a listed table is checked before it is locked, so a non-owner is told at once
            if (!target.named() || mayProcess(target.table(), options, sink)) {
                targets.add(target);
            }
        }
        Horizon horizon = session.instance().cluster().transactions().horizon();
        for (Target target : targets) {
            session.interrupts.check();
            Table t = target.table();
            if (options.vacuum()) {
                // lazy VACUUM holds SHARE UPDATE EXCLUSIVE on the table while it works on it
                var locker = session.locker();
                var tag = locker.relation(t.oid());
                locker.manager().lockSession(locker, tag, LockMode.SHARE_UPDATE_EXCLUSIVE,
                        TableLocks.waits(session, session.interrupts::check));
                try {
                    if (!target.named() && !mayProcess(t, options, sink)) {
                        continue;
                    }
                    vacuum(t, options, horizon, sink);
                } finally {
                    locker.manager().unlockSession(locker, tag, LockMode.SHARE_UPDATE_EXCLUSIVE);
                }
            } else if (!target.named() && !mayProcess(t, options, sink)) {
                continue;
            }
            if (options.analyze()) {
                analyze(target, options.verbose(), sink);
            }
        }
    }

    /**
     * Whether the current user may vacuum or analyze the table (its owner, the database's owner,
     * or a superuser), warning and skipping it otherwise, as PostgreSQL's vacuum_is_relation_owner.
     */
    private boolean mayProcess(Table t, VacuumOptions options, ResultSink sink) {
        var cluster = session.instance().cluster();
        long me = session.role().oid();
        if (Ownership.owns(cluster, me, t.ownerOid())
                || Ownership.owns(cluster, me, session.database().info().ownerOid())) {
            return true;
        }
        String verb = options.vacuum() ? "vacuum" : "analyze";
        session.notice(sink, new PgException(SqlState.WARNING, "skipping \"" + t.name()
                + "\" --- only table or database owner can " + verb + " it").withSeverity(Severity.WARNING));
        return false;
    }

    private void vacuum(Table t, VacuumOptions options, Horizon horizon, ResultSink sink) {
        if (options.verbose()) {
            info(sink, "vacuuming \"" + session.databaseName() + "." + qualified(t) + "\"");
        }
        VacuumResult r = Vacuum.table(t, horizon, false);
        if (options.verbose()) {
            info(sink, "finished vacuuming \"" + session.databaseName() + "." + qualified(t) + "\": index scans: "
                    + (r.removed() > 0 && !t.indexOids().isEmpty() ? 1 : 0) + "\ntuples: " + r.removed()
                    + " removed, " + r.live() + " remain, " + r.recentlyDead()
                    + " are dead but not yet removable");
        }
    }

    private void analyze(Target target, boolean verbose, ResultSink sink) {
        Table t = target.table();
        if (verbose) {
            info(sink, "analyzing \"" + qualified(t) + "\"");
        }
        Transaction txn = session.beginStatementTransaction();
        ExecContext ctx = session.execContext(txn, new Object[0]);
        TableLocks.lock(ctx, t.oid(), LockMode.SHARE_UPDATE_EXCLUSIVE, false, t::name);
        Analyze.Sample sample = new Analyze.Sample(t.oid() ^ System.nanoTime());
        int width = TableSlots.width(t);
        try (RowSource rows = new SeqScan(t, null, 0, width, null, 0).open(ctx)) {
            Object[] row;
            while ((row = rows.next()) != null) {
                sample.offer(row);
            }
        }
        TableStats stats = t.storage().stats();
        RelationStatistics s = Analyze.compute(t, sample, target.columns(), stats.statistics(), Instant.now());
        stats.analyzed(s);
        session.instance().statisticsChanged();
        if (verbose) {
            info(sink, "\"" + t.name() + "\": scanned " + s.relpages() + " of " + s.relpages()
                    + " pages, containing " + sample.liveRows() + " live rows and " + stats.deadTuples()
                    + " dead rows; " + sample.sampled() + " rows in sample, " + (long) s.reltuples()
                    + " estimated total rows");
        }
    }

    private List<Target> targets(VacuumStmt v) {
        List<Target> targets = new ArrayList<>();
        if (v.relations().isEmpty()) {
            for (Relation r : session.catalog().relations()) {
                if (r instanceof Table t && t.storage() != null) {
                    targets.add(new Target(t, List.of(), false));
                }
            }
            return targets;
        }
        AnalysisContext actx = session.analysisContext(session.catalog(), new ParamTypes(new PgType[0], false));
        for (VacuumRelation r : v.relations()) {
            Table t = table(actx, r);
            List<Integer> attnums = new ArrayList<>();
            for (String name : r.columns()) {
                Column c = t.columns().stream().filter(col -> !col.dropped() && col.name().equals(name)).findFirst()
                        .orElseThrow(() -> new PgException(SqlState.UNDEFINED_COLUMN, "column \"" + name
                                + "\" of relation \"" + t.name() + "\" does not exist"));
                if (attnums.contains(c.attnum())) {
                    throw new PgException(SqlState.DUPLICATE_COLUMN, "column \"" + name + "\" of relation \""
                            + t.name() + "\" appears more than once");
                }
                attnums.add(c.attnum());
            }
            if (t.isPartitioned()) {
                // a partitioned table holds no rows: its leaf partitions are processed instead
                for (Table leaf : dev.olifant.catalog.PartitionTree.leaves(session.catalog(), t)) {
                    targets.add(new Target(leaf, remap(t, leaf, attnums), false));
                }
                continue;
            }
            targets.add(new Target(t, attnums, true));
        }
        return targets;
    }

    private static List<Integer> remap(Table parent, Table leaf, List<Integer> attnums) {
        List<Integer> out = new ArrayList<>();
        for (int a : attnums) {
            out.add(leaf.column(parent.column(a).name()).attnum());
        }
        return out;
    }

    /** The named table; PostgreSQL reports a missing one without a cursor position here. */
    private static Table table(AnalysisContext actx, VacuumRelation r) {
        try {
            return Names.table(actx, r.table());
        } catch (PgException e) {
            if (e.position() <= 0) {
                throw e;
            }
            throw new PgException(e.state(), e.severity(), e.getMessage(), e.detail(), e.hint(), 0, e.getCause());
        }
    }

    private String qualified(Table t) {
        var ns = session.catalog().namespace(t.namespaceOid());
        return (ns == null ? "" : ns.name() + ".") + t.name();
    }

    private void info(ResultSink sink, String message) {
        session.notice(sink, new PgException(SqlState.SUCCESSFUL_COMPLETION, message).withSeverity(Severity.INFO));
    }
}
