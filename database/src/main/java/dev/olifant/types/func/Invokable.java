package dev.olifant.types.func;

import dev.olifant.types.EvalContext;

/**
 * The body of a built-in function or operator. Arguments arrive already coerced to the declared
 * argument types; for a strict function the executor never calls it with a null argument.
 */
@FunctionalInterface
public interface Invokable {
    Object invoke(EvalContext context, Object[] args);
}
