package dev.olifant.session;

import dev.olifant.catalog.Routine;
import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.exec.ExecContext;
import dev.olifant.exec.expr.Call;
import dev.olifant.exec.expr.Expression;
import dev.olifant.sql.analyze.AnalysisContext;
import dev.olifant.sql.analyze.Coercions;
import dev.olifant.sql.analyze.ExpressionAnalysis;
import dev.olifant.sql.analyze.RoutineLookup;
import dev.olifant.sql.parser.Parser;
import dev.olifant.types.CoercionContext;
import dev.olifant.types.PgType;
import dev.olifant.types.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * Calls of user-defined functions in expressions: the routine the name and argument types
 * select, its arguments coerced to its parameter types (missing trailing ones from their
 * DEFAULTs), run by the session when evaluated ({@link RoutineCalls}).
 */
final class UserFunctions {
    private UserFunctions() {
    }

    static Expression resolve(List<String> parts, List<Expression> args, AnalysisContext ctx, int location) {
        List<PgType> types = new ArrayList<>();
        args.forEach(a -> types.add(a.type()));
        Routine r = RoutineLookup.forCall(ctx, parts, types);
        if (r == null) {
            return null;
        }
        String name = parts.get(parts.size() - 1);
        if (r.kind() == 'p') {
            throw new PgException(SqlState.WRONG_OBJECT_TYPE, RoutineLookup.signature(name, types) + " is a procedure")
                    .withHint("To call a procedure, use CALL.").withPosition(location + 1);
        }
        if (r.returnType() == Types.TRIGGER) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "trigger functions can only be called as triggers");
        }
        if (r.argModes().stream().anyMatch(m -> m == 'o' || m == 'b')) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "functions with OUT parameters are not supported")
                    .withPosition(location + 1);
        }
        if (r.returnsSet()) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "set-returning user-defined functions are not supported")
                    .withPosition(location + 1);
        }
        List<PgType> declared = r.inputTypes();
        Expression[] coerced = new Expression[declared.size()];
        List<PgType> actual = new ArrayList<>();
        PgType polymorphic = null;
        for (int i = 0; i < declared.size(); i++) {
            PgType target = declared.get(i);
            Expression e;
            if (i < args.size()) {
                e = args.get(i);
            } else {
                int d = i - (declared.size() - r.argDefaults().size());
                e = ExpressionAnalysis.standalone(ctx, Parser.parseExpression(r.argDefaults().get(d)),
                        target == Types.ANYELEMENT || target == Types.ANYNONARRAY ? Types.TEXT : target);
            }
            if (target == Types.ANYELEMENT || target == Types.ANYNONARRAY) {
                if (e.type() == Types.UNKNOWN) {
                    e = Coercions.coerce(e, polymorphic != null ? polymorphic : Types.TEXT, -1,
                            CoercionContext.IMPLICIT, ctx, location);
                }
                if (polymorphic == null) {
                    polymorphic = e.type();
                }
            } else {
                e = Coercions.coerce(e, target, -1, CoercionContext.IMPLICIT, ctx, location);
            }
            coerced[i] = e;
            actual.add(e.type());
        }
        PgType result = r.returnType() == Types.ANYELEMENT || r.returnType() == Types.ANYNONARRAY
                ? (polymorphic == null ? Types.TEXT : polymorphic) : r.returnType();
        List<PgType> argTypes = List.copyOf(actual);
        Call call = new Call(name, (c, a) -> ((ExecContext) c).services().callRoutine(r, argTypes, a), coerced,
                r.strict(), r.volatility() == 'i', result, -1);
        return planTimeValue(call, ctx);
    }

    /**
     * PostgreSQL's eval_const_expressions: a call of an IMMUTABLE function whose arguments are all
     * constants is evaluated once, while the statement is planned, by the session planning it, and
     * the plan holds its result. Without an open transaction the call stays, to run with the statement.
     */
    private static Expression planTimeValue(Call call, AnalysisContext ctx) {
        if (!call.isConstant() || !(ctx.builtins() instanceof EngineFunctions engine)) {
            return call;
        }
        ExecContext exec = engine.planTimeContext();
        if (exec == null) {
            return call;
        }
        return new dev.olifant.exec.expr.Const(call.eval(null, exec), call.type(), call.typmod());
    }
}
