package dev.olifant.commands;

import dev.olifant.catalog.Cluster;
import dev.olifant.catalog.Database;
import dev.olifant.catalog.Relation;
import dev.olifant.catalog.Table;
import dev.olifant.storage.RelationStatistics;
import dev.olifant.storage.TableStorage;
import dev.olifant.storage.TableStats;
import dev.olifant.storage.VacuumResult;
import dev.olifant.txn.Horizon;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * VACUUM and autovacuum's work (PostgreSQL's commands/vacuum.c): remove the versions of a table
 * that no snapshot can see any more, with their index entries, freeze the creation of versions
 * every snapshot sees, and record the counts autovacuum decides by.
 *
 * <p>A pass over every table of every database (what autovacuum does now and then, and what
 * lets the commit log forget aborted transactions) takes the list of tables from each
 * database's committed catalog when it starts; see {@link Horizon} for why that is enough.
 */
public final class Vacuum {
    /** PostgreSQL's autovacuum_vacuum_threshold and autovacuum_vacuum_scale_factor defaults. */
    public static final long THRESHOLD = 50;
    public static final double SCALE_FACTOR = 0.2;

    private Vacuum() {
    }

    /** Vacuums one table against the horizon now. */
    public static VacuumResult table(Table table, Horizon horizon, boolean auto) {
        return storage(table.storage(), horizon, horizon.compute(), auto);
    }

    private static VacuumResult storage(TableStorage storage, Horizon horizon, long h, boolean auto) {
        TableStats stats = storage.stats();
        long before = stats.deletedSinceVacuum();
        VacuumResult r = dev.olifant.storage.Vacuum.run(storage, t -> horizon.judge(t, h));
        stats.vacuumed(r, before, auto, Instant.now());
        return r;
    }

    /**
     * VACUUM's update of reltuples and relpages (vac_update_relstats) for a table ANALYZE has
     * measured; one never analyzed keeps reltuples -1, which the planner reads as "never
     * measured" (PostgreSQL would store the count).
     */
    public static void updateRelStats(Table table, VacuumResult r) {
        TableStats stats = table.storage().stats();
        RelationStatistics previous = stats.statistics();
        if (previous != null) {
            stats.resized(Analyze.afterVacuum(table, previous, r.live()));
        }
    }

    /** Whether autovacuum should vacuum the table: enough versions died since its last vacuum. */
    public static boolean needsVacuum(TableStorage storage) {
        TableStats s = storage.stats();
        long dead = s.deletedSinceVacuum();
        return dead > 0 && dead >= THRESHOLD + SCALE_FACTOR * s.liveTuples();
    }

    /** The tables of every database's committed catalog, each storage once. */
    public static List<TableStorage> allTables(Cluster cluster) {
        Map<TableStorage, Boolean> seen = new IdentityHashMap<>();
        List<TableStorage> out = new ArrayList<>();
        for (Database db : cluster.databases()) {
            for (Relation r : db.committed().relations()) {
                if (r instanceof Table t && t.storage() != null && seen.put(t.storage(), Boolean.TRUE) == null) {
                    out.add(t.storage());
                }
            }
        }
        return out;
    }

    /**
     * Autovacuum's round: vacuums the tables that need it; with {@code full}, every table, as a
     * pass that lets the commit log forget aborted transactions below its horizon.
     *
     * @return the number of tables vacuumed
     */
    public static int round(Cluster cluster, boolean full) {
        Horizon horizon = cluster.transactions().horizon();
        long h = full ? horizon.passStarted() : horizon.compute();
        int n = 0;
        for (TableStorage s : allTables(cluster)) {
            if (full || needsVacuum(s)) {
                storage(s, horizon, h, true);
                n++;
            }
        }
        if (full) {
            horizon.passFinished(h);
        } else {
            horizon.forgetSettledAborts();
        }
        return n;
    }
}
