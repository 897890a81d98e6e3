package dev.olifant.sql.analyze;

import dev.olifant.exec.expr.Expression;
import java.util.List;

/**
 * Functions that belong to the engine rather than to the type library, because they read the
 * catalog or the session (version(), current_database(), nextval(), pg_backend_pid(), ...).
 */
public interface BuiltinFunctions {

    /** The call, or null when {@code name} is not an engine function (the type library is tried next). */
    Expression resolve(String name, List<Expression> args, AnalysisContext ctx, int location);

    /** A call of a user-defined function, or null when none fits (the name may be schema-qualified). */
    default Expression resolveRoutine(List<String> nameParts, List<Expression> args, AnalysisContext ctx,
            int location) {
        return null;
    }
}
