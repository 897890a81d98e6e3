package dev.olifant.sql.analyze;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.exec.expr.Call;
import dev.olifant.exec.expr.Const;
import dev.olifant.exec.expr.Expression;
import dev.olifant.sql.ast.ArrayConstructor;
import dev.olifant.sql.ast.Expr;
import dev.olifant.sql.ast.Subscript;
import dev.olifant.types.CoercionContext;
import dev.olifant.types.PgType;
import dev.olifant.types.Types;
import dev.olifant.types.func.ArraySlices;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Array expressions beyond one plain subscript: subscripts over several dimensions
 * ({@code a[i][j]}), slices ({@code a[l:u]}, {@code a[:u]}, {@code a[l:]}) and multidimensional
 * constructors ({@code ARRAY[[1, 2], [3, 4]]}, {@code ARRAY[ARRAY[1], ARRAY[2]]}).
 */
final class ArrayExprs {
    private ArrayExprs() {
    }

    /** The subscript chain ending at {@code s}, or null when it is a single plain subscript. */
    static Expression subscript(ExprAnalyzer ex, Subscript s) {
        List<Subscript> chain = new ArrayList<>();
        Expr base = s;
        while (base instanceof Subscript sub) {
            chain.add(0, sub);
            base = sub.arg();
        }
        boolean slice = chain.stream().anyMatch(Subscript::slice);
        if (chain.size() == 1 && !slice) {
            return null;
        }
        Expression array = ex.analyze(base);
        PgType element = Types.elementOf(array.type());
        if (element == null) {
            throw new PgException(SqlState.DATATYPE_MISMATCH, "cannot subscript type " + Coercions.display(array.type())
                    + " because it does not support subscripting").withPosition(s.location() + 1);
        }
        List<Expression> args = new ArrayList<>();
        args.add(array);
        for (Subscript sub : chain) {
            if (slice) {
                args.add(sub.slice() ? index(ex, sub.lower(), sub) : new Const(1, Types.INT4, -1));
                args.add(index(ex, sub.slice() ? sub.upper() : sub.lower(), sub));
            } else {
                args.add(index(ex, sub.lower(), sub));
            }
        }
        Expression[] a = args.toArray(new Expression[0]);
        int n = chain.size();
        if (!slice) {
            return new Call("array_element", (ctx, v) -> ArraySlices.element((dev.olifant.types.ArrayValue) v[0],
                    Arrays.copyOfRange(v, 1, v.length)), a, false, false, element, -1);
        }
        return new Call("array_slice", (ctx, v) -> {
            Object[] lowers = new Object[n];
            Object[] uppers = new Object[n];
            for (int k = 0; k < n; k++) {
                lowers[k] = v[1 + 2 * k];
                uppers[k] = v[2 + 2 * k];
            }
            return ArraySlices.slice((dev.olifant.types.ArrayValue) v[0], lowers, uppers);
        }, a, false, false, array.type(), -1);
    }

    private static Expression index(ExprAnalyzer ex, Expr e, Subscript s) {
        if (e == null) {
            return new Const(null, Types.INT4, -1);
        }
        return Coercions.coerce(ex.analyze(e), Types.INT4, -1, CoercionContext.ASSIGNMENT, ex.ctx, s.location());
    }

    /** ARRAY[...] whose elements are arrays: stacked into one more dimension; null when they are not. */
    static Expression constructor(ExprAnalyzer ex, ArrayConstructor a) {
        if (a.elements().stream().noneMatch(e -> e instanceof ArrayConstructor)) {
            return null;
        }
        List<Expression> elems = new ArrayList<>();
        for (Expr e : a.elements()) {
            Expression x = ex.analyze(e);
            if (Types.elementOf(x.type()) == null && x.type() != Types.UNKNOWN) {
                throw new PgException(SqlState.SYNTAX_ERROR, "syntax error at or near \"" + "[" + "\"")
                        .withPosition(e.location() + 1);
            }
            elems.add(x);
        }
        PgType arrayType = ex.unify(elems, "ARRAY", a.location());
        PgType element = Types.elementOf(arrayType);
        Expression[] coerced = new Expression[elems.size()];
        for (int i = 0; i < coerced.length; i++) {
            coerced[i] = Coercions.coerce(elems.get(i), arrayType, -1, CoercionContext.IMPLICIT, ex.ctx, a.location());
        }
        return ex.fold(new Call("array", (ctx, v) -> ArraySlices.stack(element, v), coerced, false, true, arrayType, -1));
    }
}
