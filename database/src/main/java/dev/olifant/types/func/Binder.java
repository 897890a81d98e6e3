package dev.olifant.types.func;

import dev.olifant.types.PgType;
import java.util.List;

/**
 * Produces the body of a built-in once its argument and result types are known. Most built-ins
 * ignore the types; polymorphic and {@code "any"} built-ins need them (to build arrays of the
 * right element type, or to print arguments of any type).
 */
@FunctionalInterface
public interface Binder {
    Invokable bind(List<PgType> argTypes, PgType resultType);

    static Binder of(Invokable body) {
        return (args, result) -> body;
    }
}
