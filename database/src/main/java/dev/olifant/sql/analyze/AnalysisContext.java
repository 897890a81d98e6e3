package dev.olifant.sql.analyze;

import dev.olifant.catalog.Catalog;
import dev.olifant.catalog.Cluster;
import dev.olifant.types.FormatSettings;
import dev.olifant.types.RegLookup;
import java.util.List;

/**
 * What analysis of one statement needs from the session: the catalog version it runs against,
 * the schemas of search_path in order (their OIDs, pg_catalog included where it is implicitly
 * searched), the value-input settings, and the parameter types.
 *
 * @param creationNamespaceOid where unqualified CREATE puts objects (first existing search_path schema), 0 if none
 * @param planner              the planner's cost settings and method switches
 * @param privileges           collects the table privileges the statement analysed will need
 */
public record AnalysisContext(Cluster cluster, Catalog catalog, List<Long> searchPath, long creationNamespaceOid,
        FormatSettings settings, RegLookup regLookup, ParamTypes params, String currentUser, long currentUserOid,
        String currentDatabase, BuiltinFunctions builtins, PlannerCosts planner, PrivilegeCollector privileges) {

    /** A context collecting privileges afresh. */
    public AnalysisContext(Cluster cluster, Catalog catalog, List<Long> searchPath, long creationNamespaceOid,
            FormatSettings settings, RegLookup regLookup, ParamTypes params, String currentUser, long currentUserOid,
            String currentDatabase, BuiltinFunctions builtins, PlannerCosts planner) {
        this(cluster, catalog, searchPath, creationNamespaceOid, settings, regLookup, params, currentUser,
                currentUserOid, currentDatabase, builtins, planner, new PrivilegeCollector());
    }

    /** A context planning with PostgreSQL's default costs. */
    public AnalysisContext(Cluster cluster, Catalog catalog, List<Long> searchPath, long creationNamespaceOid,
            FormatSettings settings, RegLookup regLookup, ParamTypes params, String currentUser, long currentUserOid,
            String currentDatabase, BuiltinFunctions builtins) {
        this(cluster, catalog, searchPath, creationNamespaceOid, settings, regLookup, params, currentUser,
                currentUserOid, currentDatabase, builtins, PlannerCosts.DEFAULTS);
    }
}
