package dev.olifant.sql.analyze;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.exec.expr.Expression;
import dev.olifant.exec.plan.WindowFunc;
import dev.olifant.sql.ast.Expr;
import dev.olifant.sql.ast.FuncCall;
import dev.olifant.types.CoercionContext;
import dev.olifant.types.PgType;
import dev.olifant.types.Types;
import dev.olifant.types.func.Aggregates;
import dev.olifant.types.func.ResolvedAggregate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Resolves a window function call: the built-in window functions (pg_proc's prokind 'w') and
 * every aggregate used with OVER.
 */
final class WindowCalls {
    private WindowCalls() {
    }

    private static final Map<String, WindowFunc.Kind> KINDS = Map.ofEntries(
            Map.entry("row_number", WindowFunc.Kind.ROW_NUMBER),
            Map.entry("rank", WindowFunc.Kind.RANK),
            Map.entry("dense_rank", WindowFunc.Kind.DENSE_RANK),
            Map.entry("percent_rank", WindowFunc.Kind.PERCENT_RANK),
            Map.entry("cume_dist", WindowFunc.Kind.CUME_DIST),
            Map.entry("ntile", WindowFunc.Kind.NTILE),
            Map.entry("lag", WindowFunc.Kind.LAG),
            Map.entry("lead", WindowFunc.Kind.LEAD),
            Map.entry("first_value", WindowFunc.Kind.FIRST_VALUE),
            Map.entry("last_value", WindowFunc.Kind.LAST_VALUE),
            Map.entry("nth_value", WindowFunc.Kind.NTH_VALUE));

    /** Whether {@code name} is a built-in window function (which needs an OVER clause). */
    static boolean isWindowFunction(FuncCall f) {
        List<String> parts = f.name().parts();
        return (parts.size() == 1 || parts.get(0).equals("pg_catalog")) && KINDS.containsKey(f.name().last());
    }

    /** The error for a window function called without OVER. */
    static PgException requiresOver(FuncCall f) {
        return new PgException(SqlState.WRONG_OBJECT_TYPE, "window function " + f.name().last()
                + " requires an OVER clause").withPosition(f.location() + 1);
    }

    static WindowFunc analyse(FuncCall f, ExprAnalyzer ex, QueryAnalyzer queries) {
        String name = f.name().last();
        List<Expression> args = new ArrayList<>();
        for (Expr a : f.args()) {
            args.add(ex.analyzeResolved(a));
        }
        if (isWindowFunction(f)) {
            if (f.filter() != null) {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                        "FILTER is not implemented for non-aggregate window functions").withPosition(f.location() + 1);
            }
            return builtin(f, KINDS.get(name), args, ex);
        }
        if (!AstWalk.isAggregateName(f)) {
            throw new PgException(SqlState.WRONG_OBJECT_TYPE, "OVER specified, but " + name
                    + " is not a window function nor an aggregate function").withPosition(f.location() + 1);
        }
        if (f.distinct()) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "DISTINCT is not implemented for window functions")
                    .withPosition(f.location() + 1);
        }
        if (!f.orderBy().isEmpty()) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                    "aggregate ORDER BY is not implemented for window functions").withPosition(f.location() + 1);
        }
        List<PgType> types = new ArrayList<>();
        args.forEach(a -> types.add(a.type()));
        ResolvedAggregate ra;
        try {
            ra = Aggregates.resolve(name, types, f.star());
        } catch (PgException e) {
            throw e.withPosition(f.location() + 1);
        }
        Expression[] coerced = new Expression[args.size()];
        for (int i = 0; i < coerced.length; i++) {
            coerced[i] = Coercions.coerce(args.get(i), ra.argTypes().get(i), -1, CoercionContext.IMPLICIT, ex.ctx,
                    f.location());
        }
        Expression filter = f.filter() == null ? null : ex.analyzeBoolean(f.filter(), "FILTER");
        return new WindowFunc(name, WindowFunc.Kind.AGGREGATE, coerced, ra.newState(), filter, ra.resultType());
    }

    private static WindowFunc builtin(FuncCall f, WindowFunc.Kind kind, List<Expression> args, ExprAnalyzer ex) {
        String name = f.name().last();
        int n = args.size();
        boolean ok = switch (kind) {
            case ROW_NUMBER, RANK, DENSE_RANK, PERCENT_RANK, CUME_DIST -> n == 0;
            case NTILE -> n == 1;
            case LAG, LEAD -> n >= 1 && n <= 3;
            case FIRST_VALUE, LAST_VALUE -> n == 1;
            case NTH_VALUE -> n == 2;
            case AGGREGATE -> false;
        };
        if (!ok || f.star()) {
            List<String> types = new ArrayList<>();
            args.forEach(a -> types.add(Coercions.display(a.type())));
            throw new PgException(SqlState.UNDEFINED_FUNCTION, "function " + name + "(" + (f.star() ? "*"
                    : String.join(", ", types)) + ") does not exist")
                    .withHint("No function matches the given name and argument types. You might need to add explicit type casts.")
                    .withPosition(f.location() + 1);
        }
        Expression[] a = args.toArray(Expression[]::new);
        PgType type;
        switch (kind) {
            case ROW_NUMBER, RANK, DENSE_RANK -> type = Types.INT8;
            case PERCENT_RANK, CUME_DIST -> type = Types.FLOAT8;
            case NTILE -> {
                a[0] = int4(a[0], ex, f);
                type = Types.INT4;
            }
            case NTH_VALUE -> {
                a[1] = int4(a[1], ex, f);
                type = a[0].type();
            }
            case LAG, LEAD -> {
                if (n >= 2) {
                    a[1] = int4(a[1], ex, f);
                }
                if (n == 3) {
                    PgType common = ex.unify(List.of(a[0], a[2]), name, f.location());
                    a[0] = Coercions.coerce(a[0], common, -1, CoercionContext.IMPLICIT, ex.ctx, f.location());
                    a[2] = Coercions.coerce(a[2], common, -1, CoercionContext.IMPLICIT, ex.ctx, f.location());
                }
                type = a[0].type();
            }
            default -> type = a[0].type();
        }
        return new WindowFunc(name, kind, a, null, null, type);
    }

    private static Expression int4(Expression e, ExprAnalyzer ex, FuncCall f) {
        return Coercions.coerce(e, Types.INT4, -1, CoercionContext.IMPLICIT, ex.ctx, f.location());
    }
}
