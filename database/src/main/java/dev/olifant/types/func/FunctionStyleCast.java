package dev.olifant.types.func;

import dev.olifant.types.Cast;
import dev.olifant.types.Casts;
import dev.olifant.types.CoercionContext;
import dev.olifant.types.PgType;
import dev.olifant.types.Types;
import java.util.List;

/**
 * A call of a type name with one argument, {@code text(42)} or {@code date('2024-01-01')}, is a
 * cast when no function matches exactly (parse_func.c func_get_detail, FUNCDETAIL_COERCION).
 * The resolved "function" takes the source type (the target type for an unknown literal, which
 * the caller reads with the target's input function) and applies the explicit cast.
 */
final class FunctionStyleCast {
    private FunctionStyleCast() {
    }

    static CandidateSelector.Candidate<FunctionDef> of(String name, List<PgType> argTypes) {
        if (argTypes.size() != 1) {
            return null;
        }
        PgType target = Types.byName(name);
        if (target == null || target.category() == 'P') {
            return null;
        }
        PgType source = argTypes.get(0);
        if (source == Types.UNKNOWN) {
            FunctionDef def = new FunctionDef(target.name(), List.of(target), target, true, Volatility.IMMUTABLE, 0,
                    false, false, Binder.of((ctx, a) -> a[0]));
            return new CandidateSelector.Candidate<>(def, List.of(target));
        }
        Cast cast = Casts.find(source, target, CoercionContext.EXPLICIT);
        if (cast == null) {
            return null;
        }
        FunctionDef def = new FunctionDef(target.name(), List.of(source), target, true, Volatility.STABLE, 0, false,
                false, Binder.of((ctx, a) -> cast.apply(a[0], ctx)));
        return new CandidateSelector.Candidate<>(def, List.of(source));
    }
}
