package dev.olifant.types.func;

import dev.olifant.types.Casts;
import dev.olifant.types.CoercionContext;
import dev.olifant.types.PgType;
import dev.olifant.types.Types;

/**
 * Implicit coercibility as overload resolution needs it (parse_coerce.c can_coerce_type for one
 * argument): identical types, {@code unknown} and {@code "any"} always; otherwise what
 * {@link Casts} allows in the implicit context (pg_cast's implicit casts, element-wise for arrays).
 */
final class Coercion {
    private Coercion() {
    }

    static boolean isPolymorphic(PgType t) {
        return t == Types.ANYELEMENT || t == Types.ANYARRAY || t == Types.ANYNONARRAY || t == Types.ANYCOMPATIBLE
                || t == Types.ANYCOMPATIBLEARRAY || t == Types.ANYENUM || t == Types.ANYRANGE;
    }

    /** Whether a value of {@code source} may be implicitly coerced to the concrete (non-polymorphic) {@code target}. */
    static boolean implicit(PgType source, PgType target) {
        if (source.equals(target) || source == Types.UNKNOWN || target == Types.ANY) {
            return true;
        }
        return Casts.canCoerce(source, target, CoercionContext.IMPLICIT);
    }
}
