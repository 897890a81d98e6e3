package dev.olifant.sql.analyze;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.exec.expr.CastExpr;
import dev.olifant.exec.expr.Const;
import dev.olifant.exec.expr.Expression;
import dev.olifant.exec.expr.Literal;
import dev.olifant.exec.expr.Param;
import dev.olifant.types.Cast;
import dev.olifant.types.Casts;
import dev.olifant.types.CoercionContext;
import dev.olifant.types.PgType;
import dev.olifant.types.TextIO;
import dev.olifant.types.Typmods;
import dev.olifant.types.Types;

/**
 * PostgreSQL's coerce_type: converts an analysed expression to a target type in a coercion
 * context. An untyped literal is converted right away by the target type's input function; an
 * untyped parameter takes the target type; anything else gets a cast from pg_cast's rules (or an
 * error), followed by a length coercion when the target has a type modifier.
 */
public final class Coercions {
    private Coercions() {
    }

    public static Expression coerce(Expression e, PgType target, int typmod, CoercionContext cc, AnalysisContext ctx,
            int location) {
        Expression out = tryCoerce(e, target, typmod, cc, ctx, location);
        if (out == null) {
            if (cc == CoercionContext.EXPLICIT) {
                throw new PgException(SqlState.CANNOT_COERCE, "cannot cast type " + display(e.type()) + " to "
                        + display(target)).withPosition(location + 1);
            }
            throw new PgException(SqlState.DATATYPE_MISMATCH, "cannot cast type " + display(e.type()) + " to "
                    + display(target)).withPosition(location + 1);
        }
        return out;
    }

    /** The coerced expression, or null when no coercion exists in this context. */
    static Expression tryCoerce(Expression e, PgType target, int typmod, CoercionContext cc, AnalysisContext ctx,
            int location) {
        PgType source = e.type();
        if (source.equals(target)) {
            return lengthCoerce(e, target, typmod, cc);
        }
        if (source == Types.UNKNOWN) {
            if (e instanceof Const c) {
                return literal(c.value(), -1, target, typmod, cc, ctx, location);
            }
            if (e instanceof Literal l) {
                return literal(l.text(), l.location(), target, typmod, cc, ctx, location);
            }
            if (e instanceof Param p) {
                ctx.params().infer(p.index(), target, location);
                return lengthCoerce(new Param(p.index(), target), target, typmod, cc);
            }
            source = Types.TEXT;
        }
        if (target == Types.ANY || target == Types.ANYELEMENT && !source.isArray()
                || target == Types.ANYARRAY && source.isArray() || target == Types.ANYNONARRAY && !source.isArray()) {
            return e;
        }
        Cast cast = Casts.find(source, target, cc);
        if (cast == null) {
            return null;
        }
        return new CastExpr(e, cast, target, typmod, cc == CoercionContext.EXPLICIT);
    }

    private static Expression lengthCoerce(Expression e, PgType target, int typmod, CoercionContext cc) {
        // a record's typmod names the shape of its values, which no coercion changes
        if (typmod < 0 || typmod == e.typmod() || target == Types.RECORD) {
            return e;
        }
        if (e instanceof Const c && c.value() != null) {
            return new Const(Typmods.apply(target, typmod, c.value(), cc == CoercionContext.EXPLICIT), target, typmod);
        }
        return new CastExpr(e, null, target, typmod, cc == CoercionContext.EXPLICIT);
    }

    private static Expression literal(Object value, int literalLocation, PgType target, int typmod, CoercionContext cc,
            AnalysisContext ctx, int location) {
        if (value == null) {
            return new Const(null, target, typmod);
        }
        Object v;
        try {
            v = TextIO.input(target, -1, (String) value, ctx.settings(), ctx.regLookup());
        } catch (PgException ex) {
            throw ex.withPosition((literalLocation >= 0 ? literalLocation : location) + 1);
        }
        return lengthCoerce(new Const(v, target, -1), target, typmod, cc);
    }

    /** The name PostgreSQL uses for a type in messages (format_type without modifier). */
    public static String display(PgType t) {
        return Typmods.format(t, -1);
    }
}
