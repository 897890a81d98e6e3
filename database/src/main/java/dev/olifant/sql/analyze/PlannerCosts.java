package dev.olifant.sql.analyze;

import java.util.function.Function;

/**
 * The planner's cost constants and method switches, read from the session's settings when a
 * statement is planned (PostgreSQL's costsize.c globals). A disabled method is not removed from the
 * choice but made to cost {@link #DISABLE_COST} more, as PostgreSQL does, so a query that has no
 * other way still gets a plan.
 */
public record PlannerCosts(double seqPageCost, double randomPageCost, double cpuTupleCost, double cpuIndexTupleCost,
        double cpuOperatorCost, boolean enableHashjoin, boolean enableMergejoin, boolean enableNestloop,
        boolean enableSeqscan, boolean enableIndexscan, boolean enableSort, int joinCollapseLimit,
        int fromCollapseLimit) {

    /** PostgreSQL's disable_cost. */
    static final double DISABLE_COST = 1.0e10;

    /** PostgreSQL 15's defaults. */
    public static final PlannerCosts DEFAULTS = new PlannerCosts(1, 4, 0.01, 0.005, 0.0025, true, true, true, true,
            true, true, 8, 8);

    /** The settings as the session holds them ({@code setting} returns a setting's canonical text, null if unset). */
    public static PlannerCosts from(Function<String, String> setting) {
        return new PlannerCosts(real(setting, "seq_page_cost", 1), real(setting, "random_page_cost", 4),
                real(setting, "cpu_tuple_cost", 0.01), real(setting, "cpu_index_tuple_cost", 0.005),
                real(setting, "cpu_operator_cost", 0.0025), bool(setting, "enable_hashjoin"),
                bool(setting, "enable_mergejoin"), bool(setting, "enable_nestloop"), bool(setting, "enable_seqscan"),
                bool(setting, "enable_indexscan"), bool(setting, "enable_sort"),
                (int) real(setting, "join_collapse_limit", 8), (int) real(setting, "from_collapse_limit", 8));
    }

    private static double real(Function<String, String> setting, String name, double dflt) {
        String v = setting.apply(name);
        try {
            return v == null ? dflt : Double.parseDouble(v);
        } catch (NumberFormatException e) {
            return dflt;
        }
    }

    private static boolean bool(Function<String, String> setting, String name) {
        return !"off".equals(setting.apply(name));
    }

    /** {@code cost}, plus the disable cost when the method it prices is switched off. */
    static double unless(boolean enabled, double cost) {
        return enabled ? cost : cost + DISABLE_COST;
    }
}
