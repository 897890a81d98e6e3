package dev.olifant.types.func;

import dev.olifant.error.PgException;
import dev.olifant.error.Severity;
import dev.olifant.error.SqlState;
import dev.olifant.types.PgType;
import dev.olifant.types.Types;
import java.util.ArrayList;
import java.util.List;

/** Resolution of built-in function calls (parse_func.c func_get_detail). */
public final class Functions {
    private Functions() {
    }

    public static ResolvedFunction resolve(String name, List<PgType> argTypes) {
        String n = BuiltinCatalog.normalize(name);
        CandidateSelector.Candidate<FunctionDef> chosen = choose(n, name, argTypes,
                BuiltinCatalog.get().functionsNamed(n), false);
        return bind(chosen.def(), chosen.args(), argTypes);
    }

    /** Whether a built-in scalar function of this name exists. */
    public static boolean exists(String name) {
        return !BuiltinCatalog.get().functionsNamed(BuiltinCatalog.normalize(name)).isEmpty();
    }

    /** @param written the name as the query wrote it, for error messages */
    static CandidateSelector.Candidate<FunctionDef> choose(String name, String written, List<PgType> argTypes,
            List<FunctionDef> defs, boolean setReturning) {
        List<CandidateSelector.Candidate<FunctionDef>> candidates = new ArrayList<>();
        for (FunctionDef def : defs) {
            if (def.returnsSet() != setReturning) {
                continue;
            }
            List<PgType> expanded = def.expand(argTypes.size());
            if (expanded != null) {
                candidates.add(new CandidateSelector.Candidate<>(def, expanded));
            }
        }
        for (CandidateSelector.Candidate<FunctionDef> c : candidates) {
            if (c.args().equals(argTypes)) {
                return c;
            }
        }
        if (!setReturning) {
            CandidateSelector.Candidate<FunctionDef> cast = FunctionStyleCast.of(name, argTypes);
            if (cast != null) {
                return cast;
            }
        }
        List<CandidateSelector.Candidate<FunctionDef>> coercible = CandidateSelector.matchArgTypes(candidates, argTypes);
        if (coercible.size() == 1) {
            return coercible.get(0);
        }
        if (coercible.isEmpty()) {
            if (!setReturning && candidates.isEmpty() && defs.stream().anyMatch(FunctionDef::returnsSet)) {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                        "set-returning function " + written + "() is not supported here");
            }
            throw new PgException(SqlState.UNDEFINED_FUNCTION, Severity.ERROR,
                    "function " + written + "(" + TypeNames.formatList(argTypes) + ") does not exist", null,
                    "No function matches the given name and argument types. You might need to add explicit type casts.",
                    0, null);
        }
        CandidateSelector.Candidate<FunctionDef> best = CandidateSelector.select(coercible, argTypes);
        if (best == null) {
            throw new PgException(SqlState.AMBIGUOUS_FUNCTION, Severity.ERROR,
                    "function " + written + "(" + TypeNames.formatList(argTypes) + ") is not unique", null,
                    "Could not choose a best candidate function. You might need to add explicit type casts.", 0, null);
        }
        return best;
    }

    static ResolvedFunction bind(FunctionDef def, List<PgType> declared, List<PgType> actual) {
        Polymorphism.Binding binding = null;
        if (Polymorphism.hasPolymorphic(declared) || Coercion.isPolymorphic(def.resultType())) {
            binding = Polymorphism.bind(declared, actual);
        }
        List<PgType> args = new ArrayList<>(declared.size());
        for (int i = 0; i < declared.size(); i++) {
            args.add(Polymorphism.concrete(declared.get(i), binding, actual.get(i)));
        }
        PgType result = Polymorphism.concrete(def.resultType(), binding, Types.UNKNOWN);
        List<PgType> frozen = List.copyOf(args);
        return new ResolvedFunction(def.name(), frozen, result, def.strict(), def.volatility(),
                def.binder().bind(frozen, result));
    }
}
