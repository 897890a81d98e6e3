package dev.olifant.types.func;

import dev.olifant.types.PgType;
import java.util.List;

/** A function chosen for given input types; {@code argTypes} are what the caller coerces its arguments to. */
public record ResolvedFunction(String name, List<PgType> argTypes, PgType resultType, boolean strict,
        Volatility volatility, Invokable impl) {
}
