package dev.olifant.types.func;

import dev.olifant.types.PgType;
import java.util.List;

/**
 * A built-in function as pg_proc describes it.
 *
 * @param name        proname
 * @param argTypes    proargtypes (polymorphic and {@code "any"} pseudo-types included)
 * @param resultType  prorettype
 * @param strict      proisstrict: the executor returns null without calling when an argument is null
 * @param volatility  provolatile
 * @param defaults    pronargdefaults: how many trailing arguments may be omitted
 * @param variadic    provariadic is set: the last argument type repeats (one or more times)
 * @param returnsSet  proretset: the body returns an {@link java.util.Iterator} of result values
 * @param binder      builds the body for the resolved argument types
 */
public record FunctionDef(String name, List<PgType> argTypes, PgType resultType, boolean strict, Volatility volatility,
        int defaults, boolean variadic, boolean returnsSet, Binder binder) {

    /** The declared type of each actual argument position when called with {@code n} arguments, or null. */
    List<PgType> expand(int n) {
        int declared = argTypes.size();
        if (variadic) {
            if (n < declared) {
                return null;
            }
            PgType[] out = new PgType[n];
            for (int i = 0; i < n; i++) {
                out[i] = argTypes.get(Math.min(i, declared - 1));
            }
            return List.of(out);
        }
        if (n > declared || n < declared - defaults) {
            return null;
        }
        return argTypes.subList(0, n);
    }
}
