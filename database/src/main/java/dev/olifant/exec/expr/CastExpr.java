package dev.olifant.exec.expr;

import dev.olifant.exec.ExecContext;
import dev.olifant.types.Cast;
import dev.olifant.types.PgType;
import dev.olifant.types.Typmods;

/**
 * A type conversion followed, when the target has a type modifier, by the length coercion
 * (varchar(n), numeric(p,s), ...). {@code cast} is null for a pure length coercion.
 */
public record CastExpr(Expression arg, Cast cast, PgType type, int typmod, boolean explicit) implements Expression {

    @Override
    public Object eval(Object[] row, ExecContext ctx) {
        Object v = arg.eval(row, ctx);
        if (v == null) {
            return null;
        }
        if (cast != null) {
            v = cast.apply(v, ctx);
        }
        if (typmod >= 0) {
            v = Typmods.apply(type, typmod, v, explicit);
        }
        return v;
    }

    @Override
    public boolean isConstant() {
        return arg.isConstant();
    }
}
