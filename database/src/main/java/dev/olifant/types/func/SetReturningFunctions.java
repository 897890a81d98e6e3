package dev.olifant.types.func;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.types.PgType;
import dev.olifant.types.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolution of set-returning functions (generate_series, unnest, ...). The resolved body returns
 * a {@link java.util.Iterator} over the result values; rows are produced lazily, and the body
 * calls {@code checkInterrupts()} as it goes.
 */
public final class SetReturningFunctions {
    private static final Map<String, List<OutColumn>> COLUMNS = new HashMap<>();

    private SetReturningFunctions() {
    }

    /** An output column of a function declared with OUT parameters (pg_proc.proargnames). */
    public record OutColumn(String name, PgType type) {
    }

    static synchronized void declareColumns(String name, List<OutColumn> columns) {
        COLUMNS.put(name, columns);
    }

    /**
     * The output columns of a function with OUT parameters, or null for one that returns a
     * plain type (its column is named after the function). With more than one column the body's
     * iterator yields an {@code Object[]} per row.
     */
    public static List<OutColumn> outColumns(String name, List<PgType> argTypes) {
        String n = BuiltinCatalog.normalize(name);
        if (n.equals("unnest") && argTypes.size() > 1) {
            // PostgreSQL rewrites unnest(a, b, ...) in FROM into ROWS FROM(unnest(a), unnest(b), ...),
            // so a non-array argument fails as the one-argument call pg_catalog.unnest(type)
            List<OutColumn> columns = new ArrayList<>();
            for (PgType t : argTypes) {
                PgType element = Types.elementOf(t);
                if (element == null) {
                    throw new PgException(SqlState.UNDEFINED_FUNCTION,
                            "function pg_catalog.unnest(" + TypeNames.format(t) + ") does not exist")
                            .withHint("No function matches the given name and argument types. "
                                    + "You might need to add explicit type casts.");
                }
                columns.add(new OutColumn("unnest", element));
            }
            return columns;
        }
        BuiltinCatalog.get();
        List<OutColumn> declared;
        synchronized (SetReturningFunctions.class) {
            declared = COLUMNS.get(BuiltinCatalog.normalize(name));
        }
        if (declared == null) {
            return null;
        }
        List<OutColumn> columns = new ArrayList<>(declared.size());
        for (OutColumn c : declared) {
            columns.add(new OutColumn(c.name(), resolveElement(c.type(), argTypes)));
        }
        return columns;
    }

    public static boolean isSetReturning(String name) {
        String n = BuiltinCatalog.normalize(name);
        return BuiltinCatalog.get().functionsNamed(n).stream().anyMatch(FunctionDef::returnsSet);
    }

    public static ResolvedFunction resolve(String name, List<PgType> argTypes) {
        String n = BuiltinCatalog.normalize(name);
        CandidateSelector.Candidate<FunctionDef> chosen = Functions.choose(n, name, argTypes,
                BuiltinCatalog.get().functionsNamed(n), true);
        return Functions.bind(chosen.def(), chosen.args(), argTypes);
    }

    /** The type an OUT column declared {@code anyelement} takes for these actual argument types. */
    private static PgType resolveElement(PgType declared, List<PgType> argTypes) {
        if (declared != Types.ANYELEMENT) {
            return declared;
        }
        for (PgType t : argTypes) {
            PgType element = Types.elementOf(t);
            if (element != null) {
                return element;
            }
        }
        return declared;
    }
}
