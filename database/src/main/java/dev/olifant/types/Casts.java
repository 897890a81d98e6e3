package dev.olifant.types;

/**
 * Casts between types as PostgreSQL 15's find_coercion_pathway decides them: a pg_cast row
 * (usable only when its context allows; no fallback past it), else element-wise array coercion
 * when the element types can be coerced in the same context, else I/O conversion (any type to a
 * string-category type at assignment level, a string-category type to any type explicitly). An
 * unknown-typed literal becomes any type through the target's input function.
 */
public final class Casts {
    private static final Cast IDENTITY = (v, ctx) -> v;

    private Casts() {
    }

    /** The cast from {@code source} to {@code target} usable in {@code context}, or null when none. */
    public static Cast find(PgType source, PgType target, CoercionContext context) {
        if (source.equals(target) || acceptsPolymorphic(source, target)) {
            return IDENTITY;
        }
        if (source.equals(Types.UNKNOWN)) {
            return (v, ctx) -> TextIO.input(target, -1, (String) v, ctx.settings(), ctx.regLookup(),
                    ctx.transactionTimestamp());
        }
        CastTable.Entry entry = CastTable.lookup(source, target);
        if (entry != null) {
            if (entry.context().ordinal() > context.ordinal()) {
                return null;
            }
            return switch (entry.method()) {
                case 'b' -> CastFunctions.binary(source, target);
                case 'i' -> viaIO(source, target);
                default -> CastFunctions.function(source, target);
            };
        }
        if (source.isArray() && isTrueArray(target)) {
            PgType se = Types.elementOf(source);
            PgType te = Types.elementOf(target);
            Cast element = se == null || te == null ? null : find(se, te, context);
            if (element != null) {
                return (v, ctx) -> {
                    ArrayValue a = (ArrayValue) v;
                    Object[] out = new Object[a.elements().length];
                    for (int i = 0; i < out.length; i++) {
                        Object e = a.elements()[i];
                        out[i] = e == null ? null : element.apply(e, ctx);
                    }
                    return new ArrayValue(te, a.dimensions(), a.lowerBounds(), out);
                };
            }
        }
        if (context != CoercionContext.IMPLICIT && target.category() == 'S') {
            return viaIO(source, target);
        }
        if (context == CoercionContext.EXPLICIT && source.category() == 'S') {
            return viaIO(source, target);
        }
        return null;
    }

    public static boolean canCoerce(PgType source, PgType target, CoercionContext context) {
        return find(source, target, context) != null;
    }

    /**
     * can_coerce_type's rule for polymorphic targets: any type reaches "any", anyelement and
     * anycompatible; arrays reach anyarray and anycompatiblearray; non-arrays reach
     * anynonarray. Whether the actual types agree is decided when the function is resolved.
     */
    private static boolean acceptsPolymorphic(PgType source, PgType target) {
        return switch (target.oid()) {
            case 2276, 2283, 5077 -> true;
            case 2277, 5078 -> source.isArray() || source.equals(Types.UNKNOWN);
            case 2776 -> !source.isArray();
            default -> false;
        };
    }

    /** int2vector and oidvector can be coerced from as arrays, but never to. */
    private static boolean isTrueArray(PgType t) {
        return t.isArray() && t.oid() != 22 && t.oid() != 30;
    }

    /** CoerceViaIO: the source's output function, then the target's input function. */
    static Cast viaIO(PgType source, PgType target) {
        return (v, ctx) -> TextIO.input(target, -1, TextIO.output(source, v, ctx.settings(), ctx.regLookup()),
                ctx.settings(), ctx.regLookup(), ctx.transactionTimestamp());
    }
}
