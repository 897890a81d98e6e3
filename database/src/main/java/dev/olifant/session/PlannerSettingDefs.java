package dev.olifant.session;

import dev.olifant.session.SettingDef.Context;
import dev.olifant.session.SettingDef.Kind;
import java.util.List;

/**
 * The planner's settings (PostgreSQL 15's names, defaults, ranges and contexts). The join methods'
 * switches, the page, tuple, index-entry and operator costs and the collapse limits take effect:
 * joins among analyzed tables are ordered and their methods chosen by cost
 * ({@code sql.analyze.PlannerCosts} reads them). Olifant's planner has no bitmap scans and no
 * parallel query (no Gather node, no worker processes), so those settings are accepted, shown and
 * reset like any other but change no plan; each one's description says so. Scripts and tests
 * written for PostgreSQL set them freely.
 */
final class PlannerSettingDefs {
    private static final String METHODS = "Query Tuning / Planner Method Configuration";
    private static final String COSTS = "Query Tuning / Planner Cost Constants";
    private static final String ASYNC = "Resource Usage / Asynchronous Behavior";
    private static final String OTHER = "Query Tuning / Other Planner Options";
    private static final String NO_PARALLEL = " Olifant has no parallel query, so this has no effect.";

    private PlannerSettingDefs() {
    }

    static void define() {
        bool("enable_bitmapscan", "on", Context.USER, METHODS, "Enables the planner's use of bitmap-scan plans."
                + " Olifant has no bitmap scan, so this has no effect.");
        bool("enable_hashjoin", "on", Context.USER, METHODS, "Enables the planner's use of hash join plans.");
        bool("enable_mergejoin", "on", Context.USER, METHODS, "Enables the planner's use of merge join plans.");
        bool("enable_nestloop", "on", Context.USER, METHODS, "Enables the planner's use of nested-loop join plans.");
        bool("enable_sort", "on", Context.USER, METHODS, "Enables the planner's use of explicit sort steps.");
        bool("enable_indexonlyscan", "on", Context.USER, METHODS, "Enables the planner's use of index-only-scan plans."
                + " Olifant reads every row from the table, so this has no effect.");
        real("seq_page_cost", "1", COSTS,
                "Sets the planner's estimate of the cost of a sequentially fetched disk page.");
        real("random_page_cost", "4", COSTS,
                "Sets the planner's estimate of the cost of a nonsequentially fetched disk page.");
        real("cpu_tuple_cost", "0.01", COSTS,
                "Sets the planner's estimate of the cost of processing each tuple (row).");
        real("cpu_index_tuple_cost", "0.005", COSTS,
                "Sets the planner's estimate of the cost of processing each index entry during an index scan.");
        real("cpu_operator_cost", "0.0025", COSTS,
                "Sets the planner's estimate of the cost of processing each operator or function call.");
        SettingDefs.add(new SettingDef("join_collapse_limit", Kind.INTEGER, "8", Context.USER, false, null,
                List.of(), OTHER, "Sets the FROM-list size beyond which JOIN constructs are not flattened.", 1,
                Integer.MAX_VALUE));
        SettingDefs.add(new SettingDef("from_collapse_limit", Kind.INTEGER, "8", Context.USER, false, null,
                List.of(), OTHER, "Sets the FROM-list size beyond which subqueries are not collapsed.", 1,
                Integer.MAX_VALUE));
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
