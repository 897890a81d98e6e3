package dev.olifant.session;

/**
 * {@code plan_cache_mode}: how a prepared statement's plan is reused (PostgreSQL's plancache.c).
 *
 * <p>PostgreSQL plans the first five executions with the parameter values (custom plans) and then
 * keeps a generic plan unless it is costlier than the custom plans' average. Olifant's planner is
 * rule-based: the plan it makes never depends on parameter values, so a custom plan is always the
 * generic plan made again, and {@code auto} keeps the generic plan from the first execution on
 * (the cached plan is dropped when the catalog or search_path changes). {@code force_generic_plan}
 * does the same; {@code force_custom_plan} analyses and plans the statement again at every Bind,
 * as PostgreSQL does.
 */
final class PlanCacheMode {
    private PlanCacheMode() {
    }

    static boolean replanEveryTime(String setting) {
        return "force_custom_plan".equalsIgnoreCase(setting);
    }
}
