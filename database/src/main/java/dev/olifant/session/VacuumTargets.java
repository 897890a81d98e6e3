package dev.olifant.session;

import dev.olifant.catalog.Column;
import dev.olifant.catalog.PartitionTree;
import dev.olifant.catalog.Relation;
import dev.olifant.catalog.Table;
import dev.olifant.commands.VacuumOptions;
import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.lock.LockMode;
import dev.olifant.sql.analyze.AnalysisContext;
import dev.olifant.sql.analyze.Names;
import dev.olifant.sql.analyze.ParamTypes;
import dev.olifant.sql.ast.VacuumRelation;
import dev.olifant.sql.ast.VacuumStmt;
import dev.olifant.types.PgType;
import java.util.ArrayList;
import java.util.List;

/**
 * The list of tables a VACUUM or ANALYZE works through, built as PostgreSQL's expand_vacuum_rel
 * and get_all_vacuum_rels build it: each named table is looked up under a transient ACCESS SHARE
 * lock (taken only if free at once under SKIP_LOCKED, else the table is skipped with a warning),
 * its ownership checked, and a partitioned table followed by every table under it; then the lock
 * is released, so a table may be gone or locked by the time its turn comes. Without names, every
 * table and partitioned table of the database, none of them named.
 */
final class VacuumTargets {
    /**
     * A table to process: its OID, the name the statement gave it ({@code null} when the statement
     * did not name it, so that skipping it goes unreported), and the names of the columns to
     * analyze (empty: all).
     */
    record Target(long oid, String name, List<String> columns) {
        boolean named() {
            return name != null;
        }
    }

    private final PgSession session;
    private final VacuumLocks locks;

    VacuumTargets(PgSession session, VacuumLocks locks) {
        this.session = session;
        this.locks = locks;
    }

    List<Target> expand(VacuumStmt v, VacuumOptions options, VacuumRunner runner) {
        List<Target> targets = new ArrayList<>();
        if (v.relations().isEmpty()) {
            for (Relation r : session.catalog().relations()) {
                if (r instanceof Table t && (t.storage() != null || t.isPartitioned())) {
                    targets.add(new Target(t.oid(), null, List.of()));
                }
            }
            return targets;
        }
        AnalysisContext actx = session.analysisContext(session.catalog(), new ParamTypes(new PgType[0], false));
        String verb = options.vacuum() ? "vacuum" : "analyze";
        for (VacuumRelation r : v.relations()) {
            Table t = table(actx, r);
            String name = r.table().last();
            VacuumLocks.Held held = locks.lock(t.oid(), LockMode.ACCESS_SHARE, options.skipLocked());
            if (held == null) {
                runner.warning("skipping " + verb + " of \"" + name + "\" --- lock not available");
                continue;
            }
            try {
                // the name is looked up again: the table may have changed while the lock was awaited
                actx = session.analysisContext(session.catalog(), new ParamTypes(new PgType[0], false));
                t = table(actx, r);
                checkColumns(t, r.columns());
                if (runner.mayProcess(t, verb)) {
                    targets.add(new Target(t.oid(), name, r.columns()));
                }
                if (t.isPartitioned()) {
                    List<Table> tree = PartitionTree.tree(session.catalog(), t);
                    for (Table p : tree.subList(1, tree.size())) {
                        targets.add(new Target(p.oid(), null, r.columns()));
                    }
                }
            } finally {
                locks.release(held);
            }
        }
        return targets;
    }

    private static void checkColumns(Table t, List<String> columns) {
        List<String> seen = new ArrayList<>();
        for (String name : columns) {
            column(t, name);
            if (seen.contains(name)) {
                throw new PgException(SqlState.DUPLICATE_COLUMN, "column \"" + name + "\" of relation \""
                        + t.name() + "\" appears more than once");
            }
            seen.add(name);
        }
    }

    /** The attribute numbers of the named columns of {@code t} (empty: every column). */
    static List<Integer> attnums(Table t, List<String> columns) {
        List<Integer> out = new ArrayList<>();
        for (String name : columns) {
            out.add(column(t, name).attnum());
        }
        return out;
    }

    private static Column column(Table t, String name) {
        return t.columns().stream().filter(col -> !col.dropped() && col.name().equals(name)).findFirst()
                .orElseThrow(() -> new PgException(SqlState.UNDEFINED_COLUMN, "column \"" + name
                        + "\" of relation \"" + t.name() + "\" does not exist"));
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
}
