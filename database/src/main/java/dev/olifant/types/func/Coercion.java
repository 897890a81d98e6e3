package dev.olifant.types.func;

import dev.olifant.types.Casts;
import dev.olifant.types.CoercionContext;
import dev.olifant.types.PgType;
import dev.olifant.types.Types;
import java.util.Set;

/**
 * Implicit coercibility as overload resolution needs it (parse_coerce.c can_coerce_type for one
 * argument): identical types, {@code unknown} and {@code "any"} always; otherwise pg_cast's
 * implicit casts. The implicit casts among the built-in scalar types are listed here as well, so
 * that resolution never depends on more than pg_cast's fixed contents.
 */
final class Coercion {
    private Coercion() {
    }

    private static final Set<Long> IMPLICIT = Set.of(
            pair(Types.INT2, Types.INT4), pair(Types.INT2, Types.INT8), pair(Types.INT2, Types.FLOAT4),
            pair(Types.INT2, Types.FLOAT8), pair(Types.INT2, Types.NUMERIC), pair(Types.INT2, Types.OID),
            pair(Types.INT4, Types.INT8), pair(Types.INT4, Types.FLOAT4), pair(Types.INT4, Types.FLOAT8),
            pair(Types.INT4, Types.NUMERIC), pair(Types.INT4, Types.OID), pair(Types.INT8, Types.FLOAT4),
            pair(Types.INT8, Types.FLOAT8), pair(Types.INT8, Types.NUMERIC), pair(Types.INT8, Types.OID),
            pair(Types.FLOAT4, Types.FLOAT8), pair(Types.NUMERIC, Types.FLOAT4), pair(Types.NUMERIC, Types.FLOAT8),
            pair(Types.TEXT, Types.BPCHAR), pair(Types.TEXT, Types.VARCHAR), pair(Types.TEXT, Types.NAME),
            pair(Types.VARCHAR, Types.TEXT), pair(Types.VARCHAR, Types.BPCHAR), pair(Types.VARCHAR, Types.NAME),
            pair(Types.BPCHAR, Types.TEXT), pair(Types.BPCHAR, Types.VARCHAR), pair(Types.BPCHAR, Types.NAME),
            pair(Types.NAME, Types.TEXT), pair(Types.NAME, Types.BPCHAR), pair(Types.NAME, Types.VARCHAR),
            pair(Types.CHAR, Types.TEXT), pair(Types.DATE, Types.TIMESTAMP), pair(Types.DATE, Types.TIMESTAMPTZ),
            pair(Types.TIMESTAMP, Types.TIMESTAMPTZ), pair(Types.TIME, Types.INTERVAL), pair(Types.TIME, Types.TIMETZ),
            pair(Types.BIT, Types.VARBIT), pair(Types.VARBIT, Types.BIT), pair(Types.JSON, Types.JSONB),
            pair(Types.TEXT, Types.REGCLASS), pair(Types.VARCHAR, Types.REGCLASS));

    private static final Set<PgType> OID_LIKE = Set.of(Types.OID, Types.REGPROC, Types.REGPROCEDURE, Types.REGOPER,
            Types.REGOPERATOR, Types.REGCLASS, Types.REGTYPE, Types.REGCONFIG, Types.REGDICTIONARY,
            Types.REGNAMESPACE, Types.REGROLE, Types.REGCOLLATION);

    private static long pair(PgType a, PgType b) {
        return ((long) a.oid() << 32) | b.oid();
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
        if (IMPLICIT.contains(pair(source, target))) {
            return true;
        }
        boolean integral = source == Types.INT2 || source == Types.INT4 || source == Types.INT8;
        if (OID_LIKE.contains(target) && (integral || OID_LIKE.contains(source))
                && (source == Types.OID || target == Types.OID || integral)) {
            return true;
        }
        if (source.isArray() && target.isArray() && source.length() == -1 && target.length() == -1) {
            PgType se = Types.elementOf(source);
            PgType te = Types.elementOf(target);
            if (se != null && te != null && implicit(se, te)) {
                return true;
            }
        }
        return Casts.canCoerce(source, target, CoercionContext.IMPLICIT);
    }
}
