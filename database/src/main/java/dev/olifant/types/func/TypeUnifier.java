package dev.olifant.types.func;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.types.PgType;
import dev.olifant.types.Types;
import java.util.List;

/**
 * The common type of CASE branches, COALESCE/GREATEST/LEAST arguments, UNION/INTERSECT/EXCEPT
 * columns, VALUES columns and IN lists (parse_coerce.c select_common_type).
 *
 * <p>Rules: if all inputs have the same type it wins; {@code unknown} inputs are ignored, and
 * only-unknown resolves to text; all known inputs must be in one type category; within it, a
 * later type replaces the candidate when the candidate implicitly coerces to it but not back,
 * unless the candidate is the category's preferred type. Every input must then coerce implicitly
 * to the result. Note PostgreSQL passes CASE's ELSE result first.
 */
public final class TypeUnifier {
    private TypeUnifier() {
    }

    /**
     * @param context the construct for error messages: {@code CASE}, {@code COALESCE}, {@code UNION},
     *                {@code VALUES}, {@code IN}, {@code GREATEST}, ...
     */
    public static PgType commonType(List<PgType> types, String context) {
        PgType result = select(types, context);
        for (PgType t : types) {
            if (!Coercion.implicit(t, result)) {
                throw new PgException(SqlState.CANNOT_COERCE, context + " could not convert type "
                        + TypeNames.format(t) + " to " + TypeNames.format(result));
            }
        }
        return result;
    }

    /** select_common_type with noerror: null when the types cannot be unified. */
    static PgType commonTypeOrNull(List<PgType> types) {
        PgType result;
        try {
            result = select(types, null);
        } catch (PgException e) {
            return null;
        }
        for (PgType t : types) {
            if (!Coercion.implicit(t, result)) {
                return null;
            }
        }
        return result;
    }

    private static PgType select(List<PgType> types, String context) {
        if (types.isEmpty()) {
            throw new IllegalArgumentException("no types to unify");
        }
        PgType first = types.get(0);
        if (first != Types.UNKNOWN && types.stream().allMatch(first::equals)) {
            return first;
        }
        PgType ptype = first;
        for (int i = 1; i < types.size(); i++) {
            PgType ntype = types.get(i);
            if (ntype == Types.UNKNOWN || ntype.equals(ptype)) {
                continue;
            }
            if (ptype == Types.UNKNOWN) {
                ptype = ntype;
            } else if (ntype.category() != ptype.category()) {
                throw new PgException(SqlState.DATATYPE_MISMATCH, (context == null ? "" : context) + " types "
                        + TypeNames.format(ptype) + " and " + TypeNames.format(ntype) + " cannot be matched");
            } else if (!ptype.preferred() && Coercion.implicit(ptype, ntype) && !Coercion.implicit(ntype, ptype)) {
                ptype = ntype;
            }
        }
        return ptype == Types.UNKNOWN ? Types.TEXT : ptype;
    }
}
