package dev.olifant.types.func;

import dev.olifant.error.PgException;
import dev.olifant.error.Severity;
import dev.olifant.error.SqlState;
import dev.olifant.types.PgType;
import dev.olifant.types.Types;
import java.util.ArrayList;
import java.util.List;

/** Resolution of built-in aggregate calls, with the same rules as functions. */
public final class Aggregates {
    private Aggregates() {
    }

    public static boolean isAggregate(String name) {
        return !BuiltinCatalog.get().aggregatesNamed(BuiltinCatalog.normalize(name)).isEmpty();
    }

    /** @param star the call is written {@code name(*)}; {@code argTypes} is then empty */
    public static ResolvedAggregate resolve(String name, List<PgType> argTypes, boolean star) {
        String n = BuiltinCatalog.normalize(name);
        List<CandidateSelector.Candidate<AggregateDef>> candidates = new ArrayList<>();
        for (AggregateDef def : BuiltinCatalog.get().aggregatesNamed(n)) {
            if (def.star() == star && def.argTypes().size() == argTypes.size()) {
                candidates.add(new CandidateSelector.Candidate<>(def, def.argTypes()));
            }
        }
        CandidateSelector.Candidate<AggregateDef> chosen = null;
        for (CandidateSelector.Candidate<AggregateDef> c : candidates) {
            if (c.args().equals(argTypes)) {
                chosen = c;
            }
        }
        if (chosen == null) {
            List<CandidateSelector.Candidate<AggregateDef>> coercible =
                    CandidateSelector.matchArgTypes(candidates, argTypes);
            String call = n + "(" + (star ? "*" : TypeNames.formatList(argTypes)) + ")";
            if (coercible.isEmpty()) {
                throw new PgException(SqlState.UNDEFINED_FUNCTION, Severity.ERROR,
                        "function " + call + " does not exist", null,
                        "No function matches the given name and argument types. You might need to add explicit type casts.",
                        0, null);
            }
            chosen = coercible.size() == 1 ? coercible.get(0) : CandidateSelector.select(coercible, argTypes);
            if (chosen == null) {
                throw new PgException(SqlState.AMBIGUOUS_FUNCTION, Severity.ERROR, "function " + call + " is not unique",
                        null, "Could not choose a best candidate function. You might need to add explicit type casts.",
                        0, null);
            }
        }
        AggregateDef def = chosen.def();
        Polymorphism.Binding binding = Polymorphism.hasPolymorphic(def.argTypes())
                ? Polymorphism.bind(def.argTypes(), argTypes) : null;
        List<PgType> args = new ArrayList<>();
        for (int i = 0; i < def.argTypes().size(); i++) {
            args.add(Polymorphism.concrete(def.argTypes().get(i), binding, argTypes.get(i)));
        }
        PgType result = Polymorphism.concrete(def.resultType(), binding, Types.UNKNOWN);
        List<PgType> frozen = List.copyOf(args);
        return new ResolvedAggregate(def.name(), frozen, result, def.factory().states(frozen, result));
    }
}
