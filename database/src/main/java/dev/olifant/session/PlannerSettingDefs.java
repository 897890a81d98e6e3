package dev.olifant.session;

import dev.olifant.session.SettingDef.Context;
import dev.olifant.session.SettingDef.Kind;
import java.util.List;

/**
 * Planner settings for plan shapes Olifant does not have (PostgreSQL 15's names, defaults,
 * ranges and contexts). Olifant's planner has no bitmap scans and no parallel query (no Gather
 * node, no worker processes), and it chooses scans by a fixed selectivity rule rather than by
 * page and tuple costs, so these settings are accepted, shown and reset like any other but change
 * no plan; each one's description says so. Scripts and tests written for PostgreSQL set them freely.
 */
final class PlannerSettingDefs {
    private static final String METHODS = "Query Tuning / Planner Method Configuration";
    private static final String COSTS = "Query Tuning / Planner Cost Constants";
    private static final String ASYNC = "Resource Usage / Asynchronous Behavior";
    private static final String NO_COSTS = " Olifant chooses scans by a fixed selectivity rule, not by page and"
            + " tuple costs, so this has no effect.";
    private static final String NO_PARALLEL = " Olifant has no parallel query, so this has no effect.";

    private PlannerSettingDefs() {
    }

    static void define() {
        bool("enable_bitmapscan", "on", Context.USER, METHODS, "Enables the planner's use of bitmap-scan plans."
                + " Olifant has no bitmap scan, so this has no effect.");
        bool("enable_indexonlyscan", "on", Context.USER, METHODS, "Enables the planner's use of index-only-scan plans."
                + " Olifant reads every row from the table, so this has no effect.");
        real("seq_page_cost", "1", COSTS,
                "Sets the planner's estimate of the cost of a sequentially fetched disk page." + NO_COSTS);
        real("random_page_cost", "4", COSTS,
                "Sets the planner's estimate of the cost of a nonsequentially fetched disk page." + NO_COSTS);
        real("cpu_tuple_cost", "0.01", COSTS,
                "Sets the planner's estimate of the cost of processing each tuple (row)." + NO_COSTS);
        real("parallel_setup_cost", "1000", COSTS, "Sets the planner's estimate of the cost of starting up worker "
                + "processes for parallel query." + NO_PARALLEL);
        real("parallel_tuple_cost", "0.1", COSTS, "Sets the planner's estimate of the cost of passing each tuple "
                + "(row) from worker to leader backend." + NO_PARALLEL);
        SettingDefs.add(new SettingDef("min_parallel_table_scan_size", Kind.INTEGER, "1024", Context.USER, false,
                "8kB", List.of(), COSTS, "Sets the minimum amount of table data for a parallel scan." + NO_PARALLEL,
                0, 715827882));
        SettingDefs.add(new SettingDef("min_parallel_index_scan_size", Kind.INTEGER, "64", Context.USER, false,
                "8kB", List.of(), COSTS, "Sets the minimum amount of index data for a parallel scan." + NO_PARALLEL,
                0, 715827882));
        SettingDefs.add(new SettingDef("max_parallel_workers_per_gather", Kind.INTEGER, "2", Context.USER, false,
                null, List.of(), ASYNC, "Sets the maximum number of parallel processes per executor node."
                        + NO_PARALLEL, 0, 1024));
        bool("parallel_leader_participation", "on", Context.USER, ASYNC,
                "Controls whether Gather and Gather Merge also run subplans." + NO_PARALLEL);
        SettingDefs.add(new SettingDef("force_parallel_mode", Kind.ENUM, "off", Context.USER, false, null,
                List.of("off", "on", "regress"), "Developer Options",
                "Forces use of parallel query facilities." + NO_PARALLEL, 0, 0));
    }

    private static void bool(String n, String dflt, Context c, String cat, String desc) {
        SettingDefs.add(new SettingDef(n, Kind.BOOL, dflt, c, false, null, List.of(), cat, desc, 0, 1));
    }

    /** A real setting ranging from 0 to DBL_MAX. */
    private static void real(String n, String dflt, String cat, String desc) {
        SettingDefs.add(new SettingDef(n, Kind.REAL, dflt, Context.USER, false, null, List.of(), cat, desc, 0,
                Long.MAX_VALUE));
    }
}
