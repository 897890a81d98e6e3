package dev.olifant.sql.analyze;

import dev.olifant.catalog.Namespace;
import dev.olifant.catalog.Routine;
import dev.olifant.types.CoercionContext;
import dev.olifant.types.Casts;
import dev.olifant.types.PgType;
import dev.olifant.types.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * Finding user-defined functions and procedures by name: a qualified name looks in its schema,
 * an unqualified one along the search path (PostgreSQL's FuncnameGetCandidates), and a call picks
 * the candidate its arguments fit.
 */
public final class RoutineLookup {
    private RoutineLookup() {
    }

    /** The routines a (possibly qualified) name may mean, nearest schema first; empty when none. */
    public static List<Routine> candidates(AnalysisContext ctx, List<String> parts) {
        List<Routine> out = new ArrayList<>();
        String name = parts.get(parts.size() - 1);
        if (parts.size() >= 2) {
            Namespace ns = ctx.catalog().namespace(parts.get(parts.size() - 2));
            if (ns != null) {
                out.addAll(ctx.catalog().routines().named(ns.oid(), name));
            }
            return out;
        }
        for (long nsOid : ctx.searchPath()) {
            out.addAll(ctx.catalog().routines().named(nsOid, name));
        }
        return out;
    }

    /** The routine with exactly these input types (DROP FUNCTION, CREATE OR REPLACE), or null. */
    public static Routine exact(AnalysisContext ctx, List<String> parts, List<PgType> inputTypes) {
        for (Routine r : candidates(ctx, parts)) {
            if (r.inputTypes().equals(inputTypes)) {
                return r;
            }
        }
        return null;
    }

    /**
     * The routine a call with these argument types means, or null: the first (along the search
     * path) whose input count fits, counting defaults, and each of whose parameters the argument
     * coerces to implicitly, preferring exact type matches.
     */
    public static Routine forCall(AnalysisContext ctx, List<String> parts, List<PgType> argTypes) {
        Routine best = null;
        int bestExact = -1;
        for (Routine r : candidates(ctx, parts)) {
            List<PgType> in = r.inputTypes();
            if (argTypes.size() > in.size() || argTypes.size() < in.size() - r.argDefaults().size()) {
                continue;
            }
            int exact = 0;
            boolean fits = true;
            for (int i = 0; i < argTypes.size(); i++) {
                PgType a = argTypes.get(i);
                PgType p = in.get(i);
                if (a.equals(p)) {
                    exact++;
                } else if (!(a == Types.UNKNOWN || isPolymorphic(p) || Casts.canCoerce(a, p, CoercionContext.IMPLICIT))) {
                    fits = false;
                    break;
                }
            }
            if (fits && exact > bestExact) {
                best = r;
                bestExact = exact;
            }
        }
        return best;
    }

    static boolean isPolymorphic(PgType t) {
        return t == Types.ANYELEMENT || t == Types.ANYNONARRAY;
    }

    /** "name(type, type)" as PostgreSQL's error messages print a signature. */
    public static String signature(String name, List<PgType> types) {
        StringBuilder sb = new StringBuilder(name).append('(');
        for (int i = 0; i < types.size(); i++) {
            sb.append(i > 0 ? ", " : "").append(Coercions.display(types.get(i)));
        }
        return sb.append(')').toString();
    }
}
