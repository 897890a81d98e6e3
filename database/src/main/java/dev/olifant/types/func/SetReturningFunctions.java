package dev.olifant.types.func;

import dev.olifant.types.PgType;
import java.util.List;

/**
 * Resolution of set-returning functions (generate_series, unnest, ...). The resolved body returns
 * a {@link java.util.Iterator} over the result values; rows are produced lazily, and the body
 * calls {@code checkInterrupts()} as it goes.
 */
public final class SetReturningFunctions {
    private SetReturningFunctions() {
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
}
