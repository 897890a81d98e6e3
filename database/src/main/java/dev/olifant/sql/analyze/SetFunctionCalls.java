package dev.olifant.sql.analyze;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.exec.expr.Expression;
import dev.olifant.sql.ast.FuncCall;
import dev.olifant.types.CoercionContext;
import dev.olifant.types.PgType;
import dev.olifant.types.RecordDescriptor;
import dev.olifant.types.func.ResolvedFunction;
import dev.olifant.types.func.SetReturningFunctions;
import java.util.List;

/** A set-returning function called in a select list, e.g. {@code SELECT generate_series(1, 3)}. */
final class SetFunctionCalls {
    private SetFunctionCalls() {
    }

    /** check_srf_call_placement's errors for the clauses where PostgreSQL rejects set-returning functions. */
    private static PgException notHere(String clause, String name, FuncCall f) {
        String message = switch (clause == null ? "" : clause) {
            case "WHERE", "JOIN conditions", "DEFAULT expressions", "check constraints", "LIMIT", "EXECUTE parameter",
                    "RETURNING", "VALUES" -> "set-returning functions are not allowed in " + clause;
            case "functions in FROM" -> "set-returning functions must appear at top level of FROM";
            default -> "set-returning function " + name + "() is not supported here yet; it is in FROM and in "
                    + "the select list of a query without aggregates";
        };
        return new PgException(SqlState.FEATURE_NOT_SUPPORTED, message).withPosition(f.location() + 1);
    }

    /**
     * Resolves the call and hands it to the select list's {@link SetFunctionTargets}.
     * @param before how many set-returning calls the select list had before this call's arguments were analysed
     */
    static Expression call(ExprAnalyzer ex, FuncCall f, String name, List<Expression> args, List<PgType> types,
            int before) {
        if (ex.setFunctions == null) {
            throw notHere(ex.clause(), name, f);
        }
        if (ex.setFunctions.size() != before) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                    "set-returning functions nested in the arguments of another are not supported yet")
                    .withPosition(f.location() + 1);
        }
        ResolvedFunction rf;
        List<SetReturningFunctions.OutColumn> outs;
        try {
            rf = SetReturningFunctions.resolve(name, types);
            outs = SetReturningFunctions.outColumns(name, types);
        } catch (PgException e) {
            throw e.withPosition(f.location() + 1);
        }
        RecordDescriptor shape = null;
        if (outs != null && outs.size() > 1) {
            // called in a select list, a function with OUT parameters returns one record per row
            List<RecordDescriptor.Field> fields = new java.util.ArrayList<>();
            outs.forEach(o -> fields.add(new RecordDescriptor.Field(o.name(), o.type(), -1)));
            shape = new RecordDescriptor(fields);
        }
        Expression[] coerced = new Expression[args.size()];
        for (int i = 0; i < coerced.length; i++) {
            PgType target = rf.argTypes().get(Math.min(i, rf.argTypes().size() - 1));
            coerced[i] = Coercions.coerce(args.get(i), target, -1, CoercionContext.IMPLICIT, ex.ctx, f.location());
        }
        return ex.setFunctions.add(name, rf, coerced, shape);
    }
}
