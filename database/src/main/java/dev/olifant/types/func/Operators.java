package dev.olifant.types.func;

import dev.olifant.error.PgException;
import dev.olifant.error.Severity;
import dev.olifant.error.SqlState;
import dev.olifant.types.PgType;
import dev.olifant.types.Types;
import java.util.ArrayList;
import java.util.List;

/** Resolution of operators (parse_oper.c oper / left_oper, oper_select_candidate). */
public final class Operators {
    private Operators() {
    }

    /**
     * @param left null for a prefix operator
     */
    public static ResolvedOperator resolve(String name, PgType left, PgType right) {
        String n = BuiltinCatalog.normalize(name);
        List<OperatorDef> defs = BuiltinCatalog.get().operatorsNamed(n);
        boolean prefix = left == null;
        // binary_oper_exact: an unknown side is assumed to have the other side's type
        PgType l = left;
        PgType r = right;
        if (!prefix && l == Types.UNKNOWN && r != Types.UNKNOWN) {
            l = r;
        } else if (!prefix && r == Types.UNKNOWN && l != Types.UNKNOWN) {
            r = l;
        }
        for (OperatorDef d : defs) {
            if ((d.left() == null) == prefix && d.right().equals(r) && (prefix || d.left().equals(l))) {
                return bind(d, d.argTypes(), inputs(left, right));
            }
        }
        List<PgType> inputs = inputs(left, right);
        List<CandidateSelector.Candidate<OperatorDef>> candidates = new ArrayList<>();
        for (OperatorDef d : defs) {
            if ((d.left() == null) == prefix) {
                candidates.add(new CandidateSelector.Candidate<>(d, d.argTypes()));
            }
        }
        List<CandidateSelector.Candidate<OperatorDef>> coercible = CandidateSelector.matchArgTypes(candidates, inputs);
        CandidateSelector.Candidate<OperatorDef> chosen;
        if (coercible.size() == 1) {
            chosen = coercible.get(0);
        } else if (coercible.isEmpty()) {
            throw new PgException(SqlState.UNDEFINED_FUNCTION, Severity.ERROR,
                    "operator does not exist: " + describe(name, left, right), null,
                    prefix ? "No operator matches the given name and argument type. You might need to add an explicit type cast."
                            : "No operator matches the given name and argument types. You might need to add explicit type casts.",
                    0, null);
        } else {
            chosen = CandidateSelector.select(coercible, inputs);
            if (chosen == null) {
                throw new PgException(SqlState.AMBIGUOUS_FUNCTION, Severity.ERROR,
                        "operator is not unique: " + describe(name, left, right), null,
                        "Could not choose a best candidate operator. You might need to add explicit type casts.", 0,
                        null);
            }
        }
        return bind(chosen.def(), chosen.args(), inputs);
    }

    private static List<PgType> inputs(PgType left, PgType right) {
        return left == null ? List.of(right) : List.of(left, right);
    }

    private static String describe(String name, PgType left, PgType right) {
        return left == null ? name + " " + TypeNames.format(right)
                : TypeNames.format(left) + " " + name + " " + TypeNames.format(right);
    }

    private static ResolvedOperator bind(OperatorDef def, List<PgType> declared, List<PgType> actual) {
        Polymorphism.Binding binding = null;
        if (Polymorphism.hasPolymorphic(declared) || Coercion.isPolymorphic(def.result())) {
            binding = Polymorphism.bind(declared, actual);
        }
        List<PgType> args = new ArrayList<>(2);
        for (int i = 0; i < declared.size(); i++) {
            args.add(Polymorphism.concrete(declared.get(i), binding, actual.get(i)));
        }
        PgType result = Polymorphism.concrete(def.result(), binding, Types.UNKNOWN);
        List<PgType> frozen = List.copyOf(args);
        Invokable impl = def.binder().bind(frozen, result);
        return def.left() == null ? new ResolvedOperator(def.name(), null, frozen.get(0), result, impl, def.volatility())
                : new ResolvedOperator(def.name(), frozen.get(0), frozen.get(1), result, impl,
                        def.volatility());
    }
}
