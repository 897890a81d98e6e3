package dev.olifant.types.func;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.types.PgType;
import dev.olifant.types.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * Resolution of polymorphic signatures (parse_coerce.c check_generic_type_consistency and
 * enforce_generic_type_consistency): anyelement / anynonarray / anyarray share one element
 * type that must match exactly; anycompatible / anycompatiblearray share one common type to
 * which all their inputs are coerced. {@code unknown} inputs do not constrain either family.
 */
final class Polymorphism {
    private Polymorphism() {
    }

    /** The family bindings deduced from actual input types, or null when inconsistent. */
    record Binding(PgType element, PgType compatible, boolean compatibleUsed) {
    }

    static boolean hasPolymorphic(List<PgType> declared) {
        for (PgType t : declared) {
            if (Coercion.isPolymorphic(t)) {
                return true;
            }
        }
        return false;
    }

    static Binding bind(List<PgType> declared, List<PgType> actual) {
        PgType element = null;
        PgType array = null;
        boolean nonArray = false;
        boolean compatibleUsed = false;
        List<PgType> compat = new ArrayList<>();
        for (int i = 0; i < declared.size(); i++) {
            PgType d = declared.get(i);
            PgType a = actual.get(i);
            if (d == Types.ANYELEMENT || d == Types.ANYNONARRAY) {
                nonArray |= d == Types.ANYNONARRAY;
                if (a == Types.UNKNOWN) {
                    continue;
                }
                if (element == null) {
                    element = a;
                } else if (!element.equals(a)) {
                    return null;
                }
            } else if (d == Types.ANYARRAY) {
                if (a == Types.UNKNOWN) {
                    continue;
                }
                if (!isArray(a)) {
                    return null;
                }
                if (array == null) {
                    array = a;
                } else if (!array.equals(a)) {
                    return null;
                }
            } else if (d == Types.ANYCOMPATIBLE) {
                compatibleUsed = true;
                if (a != Types.UNKNOWN) {
                    compat.add(a);
                }
            } else if (d == Types.ANYCOMPATIBLEARRAY) {
                compatibleUsed = true;
                if (a == Types.UNKNOWN) {
                    continue;
                }
                if (!isArray(a)) {
                    return null;
                }
                compat.add(Types.elementOf(a));
            }
        }
        if (array != null) {
            PgType arrayElement = Types.elementOf(array);
            if (element != null && !element.equals(arrayElement)) {
                return null;
            }
            element = arrayElement;
        }
        if (nonArray && element != null && isArray(element)) {
            return null;
        }
        PgType compatible = null;
        if (!compat.isEmpty()) {
            compatible = TypeUnifier.commonTypeOrNull(compat);
            if (compatible == null) {
                return null;
            }
        }
        return new Binding(element, compatible, compatibleUsed);
    }

    static boolean isArray(PgType t) {
        return t.isArray() && t.length() == -1 && Types.elementOf(t) != null;
    }

    /** The concrete type a polymorphic declared type stands for under {@code binding}; raises when undeterminable. */
    static PgType concrete(PgType declared, Binding binding, PgType actual) {
        if (declared == Types.ANY) {
            return actual == Types.UNKNOWN ? Types.TEXT : actual;
        }
        if (!Coercion.isPolymorphic(declared)) {
            return declared;
        }
        if (declared == Types.ANYCOMPATIBLE || declared == Types.ANYCOMPATIBLEARRAY) {
            PgType c = binding.compatible() == null ? Types.TEXT : binding.compatible();
            return declared == Types.ANYCOMPATIBLE ? c : arrayOf(c);
        }
        PgType element = binding.element();
        if (element == null) {
            throw new PgException(SqlState.DATATYPE_MISMATCH,
                    "could not determine polymorphic type because input has type unknown");
        }
        return declared == Types.ANYARRAY ? arrayOf(element) : element;
    }

    private static PgType arrayOf(PgType element) {
        PgType array = Types.arrayOf(element);
        if (array == null) {
            throw new PgException(SqlState.UNDEFINED_OBJECT,
                    "could not find array type for data type " + TypeNames.format(element));
        }
        return array;
    }
}
