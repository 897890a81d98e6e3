package dev.olifant.session;

import dev.olifant.exec.expr.Expression;
import dev.olifant.sql.analyze.AnalysisContext;
import java.util.List;

/**
 * The catalog inquiry functions psql and drivers call (pg_table_is_visible, format_type,
 * pg_get_userbyid, obj_description, ...), evaluated against the session's current catalog.
 */
final class CatalogFunctions {
    private CatalogFunctions() {
    }

    /** The call, or null when {@code name} is not one of these functions. */
    static Expression resolve(String name, List<Expression> args, AnalysisContext ctx, int location) {
        return null;
    }
}
