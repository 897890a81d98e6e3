package dev.olifant.types.func;

import dev.olifant.types.PgType;

/**
 * An operator chosen for given input types. The caller coerces its inputs to {@code leftType}
 * and {@code rightType} (an {@code unknown} literal through the type's input function; an
 * untyped parameter takes the type). {@code leftType} is null for a prefix operator. Only an
 * immutable operator may be folded when its operands are constants.
 */
public record ResolvedOperator(String name, PgType leftType, PgType rightType, PgType resultType, Invokable impl,
        Volatility volatility) {
}
