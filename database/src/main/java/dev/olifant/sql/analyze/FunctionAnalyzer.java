package dev.olifant.sql.analyze;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.exec.ExecContext;
import dev.olifant.exec.expr.ArrayAnyExpr;
import dev.olifant.exec.expr.ArrayExpr;
import dev.olifant.exec.expr.ArraySubscriptExpr;
import dev.olifant.exec.expr.Call;
import dev.olifant.exec.expr.Const;
import dev.olifant.exec.expr.Expression;
import dev.olifant.exec.expr.Slot;
import dev.olifant.exec.plan.Accumulator;
import dev.olifant.exec.plan.AggregateCall;
import dev.olifant.sql.ast.AnyAll;
import dev.olifant.sql.ast.ArrayConstructor;
import dev.olifant.sql.ast.CastSyntax;
import dev.olifant.sql.ast.Expr;
import dev.olifant.sql.ast.FuncCall;
import dev.olifant.sql.ast.NamedArg;
import dev.olifant.sql.ast.SqlValueFunction;
import dev.olifant.sql.ast.StringLiteral;
import dev.olifant.sql.ast.Subscript;
import dev.olifant.types.CoercionContext;
import dev.olifant.types.PgType;
import dev.olifant.types.Types;
import dev.olifant.types.func.AggregateState;
import dev.olifant.types.func.Aggregates;
import dev.olifant.types.func.Functions;
import dev.olifant.types.func.Operators;
import dev.olifant.types.func.ResolvedAggregate;
import dev.olifant.types.func.ResolvedFunction;
import dev.olifant.types.func.ResolvedOperator;
import dev.olifant.types.func.SetReturningFunctions;
import dev.olifant.types.func.Volatility;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** Function calls, aggregates, casts and the SQL-standard value functions. */
final class FunctionAnalyzer {
    private final ExprAnalyzer ex;

    FunctionAnalyzer(ExprAnalyzer ex) {
        this.ex = ex;
    }

    Expression call(FuncCall f) {
        List<String> parts = f.name().parts();
        String name = lookupName(f);
        if (parts.size() > 2 || parts.size() == 2 && !parts.get(0).equals("pg_catalog")
                && !parts.get(0).equals("information_schema")) {
            Expression user = qualifiedRoutine(f);
            if (user != null) {
                return user;
            }
            throw undefined(f, name, List.of());
        }
        if (f.over() != null) {
            return WindowPlanner.call(ex, f);
        }
        if (WindowCalls.isWindowFunction(f)) {
            throw WindowCalls.requiresOver(f);
        }
        if (AstWalk.isAggregateName(f)) {
            return aggregate(f, name);
        }
        if (f.star() || f.distinct() || !f.orderBy().isEmpty() || f.filter() != null) {
            throw new PgException(SqlState.WRONG_OBJECT_TYPE, (f.star() ? "" : "DISTINCT/ORDER BY/FILTER ")
                    + "specified, but " + name + " is not an aggregate function").withPosition(f.location() + 1);
        }
        Expression wholeRow = WholeRowJson.call(ex, name, f);
        if (wholeRow != null) {
            return wholeRow;
        }
        int setFunctionsBefore = ex.setFunctions == null ? 0 : ex.setFunctions.size();
        List<Expression> args = new ArrayList<>();
        for (Expr a : f.args()) {
            if (a instanceof NamedArg) {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "named arguments are not supported")
                        .withPosition(a.location() + 1);
            }
            args.add(ex.analyze(a));
        }
        Expression engine = ex.ctx.builtins() == null ? null : ex.ctx.builtins().resolve(name, args, ex.ctx, f.location());
        if (engine != null) {
            return engine;
        }
        List<PgType> types = new ArrayList<>();
        args.forEach(a -> types.add(a.type()));
        if (SetReturningFunctions.isSetReturning(name)) {
            return SetFunctionCalls.call(ex, f, name, args, types, setFunctionsBefore);
        }
        ResolvedFunction rf;
        try {
            rf = Functions.resolve(name, types);
        } catch (PgException e) {
            Expression user = e.state() == SqlState.UNDEFINED_FUNCTION && ex.ctx.builtins() != null
                    ? ex.ctx.builtins().resolveRoutine(parts, args, ex.ctx, f.location()) : null;
            if (user != null) {
                return user;
            }
            throw e.withPosition(f.location() + 1);
        }
        Expression[] coerced = new Expression[args.size()];
        for (int i = 0; i < coerced.length; i++) {
            PgType target = i < rf.argTypes().size() ? rf.argTypes().get(i) : rf.argTypes().get(rf.argTypes().size() - 1);
            coerced[i] = Coercions.coerce(args.get(i), target, -1, CoercionContext.IMPLICIT, ex.ctx, f.location());
        }
        Call call = new Call(rf.name(), rf.impl(), coerced, rf.strict(), rf.volatility() == Volatility.IMMUTABLE,
                rf.resultType(), -1);
        return ex.fold(call);
    }

    /** A call of a schema-qualified user-defined function, or null. */
    private Expression qualifiedRoutine(FuncCall f) {
        if (ex.ctx.builtins() == null || f.over() != null || f.star() || f.distinct()) {
            return null;
        }
        List<Expression> args = new ArrayList<>();
        for (Expr a : f.args()) {
            if (a instanceof NamedArg) {
                return null;
            }
            args.add(ex.analyze(a));
        }
        return ex.ctx.builtins().resolveRoutine(f.name().parts(), args, ex.ctx, f.location());
    }

    /**
     * The name a call is looked up by: its last part, or for a function of information_schema
     * (registered under its qualified name) {@code information_schema.name}.
     */
    static String lookupName(FuncCall f) {
        List<String> parts = f.name().parts();
        String last = parts.get(parts.size() - 1);
        return parts.size() == 2 && parts.get(0).equals("information_schema") ? "information_schema." + last : last;
    }

    private PgException undefined(FuncCall f, String name, List<PgType> types) {
        return new PgException(SqlState.UNDEFINED_FUNCTION, "function " + f.name() + "() does not exist")
                .withHint("No function matches the given name and argument types. You might need to add explicit type casts.")
                .withPosition(f.location() + 1);
    }

    private Expression aggregate(FuncCall f, String name) {
        String clause = ex.clause();
        if (ex.grouping == null) {
            if (clause != null && clause.equals("\u0000nested")) {
                throw new PgException(SqlState.GROUPING_ERROR, "aggregate function calls cannot be nested")
                        .withPosition(f.location() + 1);
            }
            throw new PgException(SqlState.GROUPING_ERROR, "aggregate functions are not allowed in "
                    + (clause == null ? "this context" : clause)).withPosition(f.location() + 1);
        }
        if (f.withinGroup() || OrderedSetAggregates.isOrderedSet(name)) {
            return OrderedSetAggregates.analyze(ex, f, name);
        }
        ExprAnalyzer inner = ex.forAggregateArguments();
        List<Expression> args = new ArrayList<>();
        List<String> written = new ArrayList<>();
        for (Expr a : f.args()) {
            Expression x = inner.analyze(a);
            written.add(Coercions.display(x.type()));
            args.add(x.type() == Types.UNKNOWN && !(x instanceof dev.olifant.exec.expr.Param)
                    ? Coercions.coerce(x, Types.TEXT, -1, CoercionContext.IMPLICIT, ex.ctx, a.location()) : x);
        }
        Expression filter = f.filter() == null ? null : ex.forAggregateFilter().analyzeBoolean(f.filter(), "FILTER");
        List<PgType> types = new ArrayList<>();
        args.forEach(a -> types.add(a.type()));
        ResolvedAggregate ra;
        try {
            ra = Aggregates.resolve(name, types, f.star());
        } catch (PgException e) {
            if (e.state() == SqlState.UNDEFINED_FUNCTION && !f.star()) {
                // name the argument types as written: an untyped literal is "unknown"
                throw new PgException(SqlState.UNDEFINED_FUNCTION, "function " + name + "(" + String.join(", ", written)
                        + ") does not exist").withHint(e.hint()).withPosition(f.location() + 1);
            }
            throw e.withPosition(f.location() + 1);
        }
        Expression[] coerced = new Expression[args.size()];
        PgType[] argTypes = new PgType[args.size()];
        for (int i = 0; i < coerced.length; i++) {
            coerced[i] = Coercions.coerce(args.get(i), ra.argTypes().get(i), -1, CoercionContext.IMPLICIT, ex.ctx,
                    f.location());
            argTypes[i] = ra.argTypes().get(i);
        }
        var factory = ra.newState();
        int slot = ex.grouping.aggregateSlot(AstWalk.key(f), () -> AggregateOrdering.call(name, factory, coerced,
                argTypes, f, filter, ra.resultType(), inner));
        return new Slot(slot, ra.resultType(), -1, AggregateText.of(name, f, coerced, filter));
    }

    private static Accumulator adapt(AggregateState state) {
        return new Accumulator() {
            @Override
            public void add(Object[] args, ExecContext ctx) {
                state.add(args, ctx);
            }

            @Override
            public Object result(ExecContext ctx) {
                return state.result(ctx);
            }
        };
    }

    Expression cast(dev.olifant.sql.ast.Cast c) {
        TypeResolver.TypeRef target = TypeResolver.resolve(c.type());
        if (c.syntax() == CastSyntax.PREFIX && c.arg() instanceof StringLiteral) {
            return Coercions.coerce(ex.analyze(c.arg()), target.type(), target.typmod(), CoercionContext.EXPLICIT,
                    ex.ctx, c.arg().location());
        }
        Expression arg = ex.analyze(c.arg());
        int location = arg.type() == Types.UNKNOWN && c.arg().location() >= 0 ? c.arg().location() : c.location();
        return ex.fold(Coercions.coerce(arg, target.type(), target.typmod(), CoercionContext.EXPLICIT, ex.ctx,
                location));
    }

    Expression sqlValue(SqlValueFunction v) {
        return switch (v.kind()) {
            case CURRENT_TIMESTAMP -> value("now", Types.TIMESTAMPTZ, (c, a) -> round(c.transactionTimestamp(), v.precision()));
            case LOCALTIMESTAMP -> value("localtimestamp", Types.TIMESTAMP, (c, a) -> LocalDateTime.ofInstant(
                    round(c.transactionTimestamp(), v.precision()), c.settings().timeZone()));
            case CURRENT_DATE -> value("current_date", Types.DATE, (c, a) -> LocalDateTime.ofInstant(
                    c.transactionTimestamp(), c.settings().timeZone()).toLocalDate());
            case LOCALTIME -> value("localtime", Types.TIME, (c, a) -> LocalDateTime.ofInstant(
                    round(c.transactionTimestamp(), v.precision()), c.settings().timeZone()).toLocalTime());
            case CURRENT_TIME -> throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                    "type time with time zone is not supported").withPosition(v.location() + 1);
            case CURRENT_ROLE, CURRENT_USER, USER -> value("current_user", Types.NAME,
                    (c, a) -> ((ExecContext) c).services().currentUser());
            case SESSION_USER -> value("session_user", Types.NAME, (c, a) -> ((ExecContext) c).services().sessionUser());
            case CURRENT_CATALOG -> value("current_database", Types.NAME,
                    (c, a) -> ((ExecContext) c).services().currentDatabase());
            case CURRENT_SCHEMA -> {
                String schema = currentSchema();
                yield Const.of(schema, Types.NAME);
            }
        };
    }

    private String currentSchema() {
        for (long oid : ex.ctx.searchPath()) {
            var ns = ex.ctx.catalog().namespace(oid);
            if (ns != null && oid != dev.olifant.catalog.Oids.PG_CATALOG_NAMESPACE) {
                return ns.name();
            }
        }
        return null;
    }

    private static Instant round(Instant t, int precision) {
        if (precision < 0 || precision >= 6) {
            return t.truncatedTo(ChronoUnit.MICROS);
        }
        long unit = (long) Math.pow(10, 6 - precision);
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, t);
        long rounded = Math.floorDiv(micros + unit / 2, unit) * unit;
        return Instant.EPOCH.plus(rounded, ChronoUnit.MICROS);
    }

    private static Expression value(String name, PgType type, dev.olifant.types.func.Invokable fn) {
        return new Call(name, fn, new Expression[0], false, false, type, -1);
    }

    Expression anyAllArray(AnyAll a) {
        Expression left = ex.analyze(a.left());
        Expression array = ex.analyze(a.array());
        if (array.type() == Types.UNKNOWN) {
            PgType arrType = left.type() == Types.UNKNOWN ? Types.TEXT_ARRAY : Types.arrayOf(left.type());
            array = Coercions.coerce(array, arrType, -1, CoercionContext.IMPLICIT, ex.ctx, a.location());
        }
        PgType element = Types.elementOf(array.type());
        if (element == null) {
            throw new PgException(SqlState.WRONG_OBJECT_TYPE, "op ANY/ALL (array) requires array on right side")
                    .withPosition(a.location() + 1);
        }
        ResolvedOperator ro;
        try {
            ro = Operators.resolve(a.operator().name(), left.type(), element);
        } catch (PgException e) {
            throw e.withPosition(a.location() + 1);
        }
        Expression l = Coercions.coerce(left, ro.leftType(), -1, CoercionContext.IMPLICIT, ex.ctx, a.location());
        PgType wanted = Types.arrayOf(ro.rightType());
        Expression arr = wanted == null || wanted.equals(array.type()) ? array
                : Coercions.coerce(array, wanted, -1, CoercionContext.IMPLICIT, ex.ctx, a.location());
        return new ArrayAnyExpr(l, arr, ro.impl(), a.all());
    }

    Expression arrayConstructor(ArrayConstructor a) {
        Expression nested = ArrayExprs.constructor(ex, a);
        if (nested != null) {
            return nested;
        }
        List<Expression> elems = new ArrayList<>();
        for (Expr e : a.elements()) {
            if (e instanceof ArrayConstructor) {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "multidimensional arrays are not supported yet")
                        .withPosition(e.location() + 1);
            }
            elems.add(ex.analyze(e));
        }
        if (elems.isEmpty()) {
            throw new PgException(SqlState.INDETERMINATE_DATATYPE, "cannot determine type of empty array")
                    .withHint("Explicitly cast to the desired type, for example ARRAY[]::integer[].")
                    .withPosition(a.location() + 1);
        }
        PgType element = ex.unify(elems, "ARRAY", a.location());
        PgType arrayType = Types.arrayOf(element);
        Expression[] coerced = new Expression[elems.size()];
        for (int i = 0; i < coerced.length; i++) {
            coerced[i] = Coercions.coerce(elems.get(i), element, -1, CoercionContext.IMPLICIT, ex.ctx, a.location());
        }
        ArrayExpr expr = new ArrayExpr(coerced, arrayType);
        for (Expression c : coerced) {
            if (!c.isConstant()) {
                return expr;
            }
        }
        return new Const(expr.eval(null, ExecContext.CONSTANT_FOLDING), arrayType, -1);
    }

    Expression subscript(Subscript s) {
        Expression multi = ArrayExprs.subscript(ex, s);
        if (multi != null) {
            return multi;
        }
        Expression array = ex.analyze(s.arg());
        PgType element = Types.elementOf(array.type());
        if (element == null) {
            throw new PgException(SqlState.DATATYPE_MISMATCH, "cannot subscript type " + Coercions.display(array.type())
                    + " because it does not support subscripting").withPosition(s.location() + 1);
        }
        Expression index = Coercions.coerce(ex.analyze(s.lower()), Types.INT4, -1, CoercionContext.ASSIGNMENT, ex.ctx,
                s.location());
        return new ArraySubscriptExpr(array, index, element);
    }

}
