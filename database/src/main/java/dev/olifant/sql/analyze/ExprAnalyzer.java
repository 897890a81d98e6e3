package dev.olifant.sql.analyze;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.exec.ExecContext;
import dev.olifant.exec.expr.BoolExpr;
import dev.olifant.exec.expr.Call;
import dev.olifant.exec.expr.CaseExpr;
import dev.olifant.exec.expr.CoalesceExpr;
import dev.olifant.exec.expr.Const;
import dev.olifant.exec.expr.DistinctExpr;
import dev.olifant.exec.expr.Expression;
import dev.olifant.exec.expr.MinMaxExpr;
import dev.olifant.exec.expr.NullIfExpr;
import dev.olifant.exec.expr.NullTestExpr;
import dev.olifant.exec.expr.OuterSlot;
import dev.olifant.exec.expr.Param;
import dev.olifant.exec.expr.Slot;
import dev.olifant.exec.expr.SubqueryExpr;
import dev.olifant.sql.ast.*;
import dev.olifant.types.CoercionContext;
import dev.olifant.types.Literals;
import dev.olifant.types.PgType;
import dev.olifant.types.Types;
import dev.olifant.types.ValueOps;
import dev.olifant.types.func.Operators;
import dev.olifant.types.func.ResolvedOperator;
import dev.olifant.types.func.TypeUnifier;
import dev.olifant.types.func.Volatility;
import java.util.ArrayList;
import java.util.List;

/**
 * Analyses one expression tree (PostgreSQL's transformExpr): resolves column references through
 * the scope, types literals and parameters, resolves operators and functions and inserts the
 * coercions they need.
 *
 * <p>With a {@link Grouping}, the expression is evaluated above the aggregation: GROUP BY
 * expressions and aggregate calls become slots of the aggregate's output row, and any other
 * reference to a FROM column is an error, as in PostgreSQL.
 */
final class ExprAnalyzer {
    final AnalysisContext ctx;
    final Scope scope;
    /** The clause being analysed, for "not allowed in WHERE"-style errors; null where aggregates are allowed. */
    private final String clause;
    final Grouping grouping;
    final SubqueryAnalyzer subqueries;
    private final FunctionAnalyzer functions;
    /** The window functions of this query level where they may appear (SELECT list, ORDER BY), else null. */
    WindowPlanner windows;
    /** The clause named when a window function is not allowed here and {@link #clause()} is null. */
    String windowClause;
    /** Where set-returning calls of a select list go; null where they are not supported. */
    SetFunctionTargets setFunctions;

    ExprAnalyzer(AnalysisContext ctx, Scope scope, String clause, Grouping grouping, SubqueryAnalyzer subqueries) {
        this.ctx = ctx;
        this.scope = scope;
        this.clause = clause;
        this.grouping = grouping;
        this.subqueries = subqueries;
        this.functions = new FunctionAnalyzer(this);
    }

    String clause() {
        return clause;
    }

    /** An analyser for aggregate arguments: the FROM scope, no grouping, no nested aggregates. */
    ExprAnalyzer forAggregateArguments() {
        return new ExprAnalyzer(ctx, scope, "\u0000nested", null, subqueries);
    }

    /** An analyser for an aggregate's FILTER: like its arguments, but aggregates there are named as in FILTER. */
    ExprAnalyzer forAggregateFilter() {
        return new ExprAnalyzer(ctx, scope, "FILTER", null, subqueries);
    }

    /** An analyser for window function arguments: same level and grouping, no nested window functions. */
    ExprAnalyzer forWindowArguments() {
        ExprAnalyzer a = new ExprAnalyzer(ctx, scope, clause, grouping, subqueries);
        a.windowClause = "\u0000window";
        return a;
    }

    /** An analyser for PARTITION BY, window ORDER BY and frame offsets. */
    ExprAnalyzer forWindowDefinitions() {
        ExprAnalyzer a = new ExprAnalyzer(ctx, scope, clause, grouping, subqueries);
        a.windowClause = "window definitions";
        return a;
    }

    Expression analyze(Expr e) {
        if (grouping != null) {
            int k = grouping.keyIndex(AstWalk.key(e));
            if (k >= 0) {
                Expression key = grouping.keys.get(k);
                return new Slot(k, key.type(), key.typmod(), grouping.keyNames.get(k));
            }
        }
        return switch (e) {
            case ColumnRef c -> column(c);
            case ParamRef p -> new Param(p.number() - 1, ctx.params().get(p.number() - 1));
            case NumericLiteral n -> numeric(n.text(), n.location());
            case StringLiteral s -> string(s);
            case BoolLiteral b -> Const.of(b.value(), Types.BOOL);
            case NullLiteral n -> Const.of(null, Types.UNKNOWN);
            case DefaultExpr d -> throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                    "DEFAULT is not allowed in this context").withPosition(d.location() + 1);
            case BinaryOp b when RecordExprs.isRowPair(b.left(), b.right()) -> RecordExprs.compare(this, b);
            case DistinctFrom d when RecordExprs.isRowPair(d.left(), d.right()) -> RecordExprs.distinct(this, d);
            case RowExpr r -> RecordExprs.row(this, r);
            case FieldSelect f -> RecordExprs.fieldSelect(this, f);
            case BinaryOp b -> binary(b.operator().name(), analyze(b.left()), analyze(b.right()), b.location());
            case UnaryOp u -> unary(u);
            case And a -> bool(BoolExpr.Kind.AND, a.args(), "AND");
            case Or o -> bool(BoolExpr.Kind.OR, o.args(), "OR");
            case Not n -> new BoolExpr(BoolExpr.Kind.NOT, new Expression[] {booleanOf(analyze(n.arg()), "NOT",
                    n.location())});
            case NullTest n -> new NullTestExpr(analyzeResolved(n.arg()), n.not() ? NullTestExpr.Kind.IS_NOT_NULL
                    : NullTestExpr.Kind.IS_NULL);
            case BoolTest b -> new NullTestExpr(booleanOf(analyze(b.arg()), "IS " + b.kind(), b.location()),
                    NullTestExpr.Kind.valueOf(b.kind().name()));
            case DistinctFrom d -> distinctFrom(d);
            case Between b -> between(b);
            case InList in -> inList(in);
            case Like l -> like(l);
            case dev.olifant.sql.ast.CaseExpr c -> caseExpr(c);
            case Coalesce c -> coalesce(c);
            case NullIf n -> nullIf(n);
            case MinMax m -> minMax(m);
            case dev.olifant.sql.ast.Cast c -> functions.cast(c);
            case Collate c -> collate(c);
            case FuncCall f -> functions.call(f);
            case SqlValueFunction v -> functions.sqlValue(v);
            case Exists x -> subquery(SubqueryExpr.Kind.EXISTS, x.query(), null, null, false, x.location());
            case ScalarSubquery s -> subquery(SubqueryExpr.Kind.SCALAR, s.query(), null, null, false, s.location());
            case ArraySubquery s -> subquery(SubqueryExpr.Kind.ARRAY, s.query(), null, null, false, s.location());
            case InSubquery in -> inSubquery(in);
            case AnyAllSubquery q -> subquery(q.all() ? SubqueryExpr.Kind.ALL : SubqueryExpr.Kind.ANY, q.query(),
                    q.left(), q.operator().name(), false, q.location());
            case AnyAll a -> functions.anyAllArray(a);
            case ArrayConstructor a -> functions.arrayConstructor(a);
            case Subscript s -> functions.subscript(s);
            case GroupingFunc g -> GroupingSets.groupingFunction(this, g);
            default -> throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                    "expression " + e.getClass().getSimpleName() + " is not supported").withPosition(e.location() + 1);
        };
    }

    /** Analyses and resolves an untyped result to text (for places that need a concrete type). */
    Expression analyzeResolved(Expr e) {
        Expression x = analyze(e);
        return x.type() == Types.UNKNOWN && !(x instanceof Param)
                ? Coercions.coerce(x, Types.TEXT, -1, CoercionContext.IMPLICIT, ctx, e.location()) : x;
    }

    /** PostgreSQL's coerce_to_boolean, with its message naming the construct. */
    Expression booleanOf(Expression x, String construct, int location) {
        if (x.type() == Types.BOOL) {
            return x;
        }
        Expression b = Coercions.tryCoerce(x, Types.BOOL, -1, CoercionContext.ASSIGNMENT, ctx, location);
        if (b == null) {
            throw new PgException(SqlState.DATATYPE_MISMATCH, "argument of " + construct + " must be type boolean, not type "
                    + Coercions.display(x.type())).withPosition(location + 1);
        }
        return b;
    }

    Expression analyzeBoolean(Expr e, String construct) {
        return booleanOf(analyze(e), construct, e.location());
    }

    private Expression column(ColumnRef c) {
        if (c.star()) {
            throw new PgException(SqlState.SYNTAX_ERROR, "row expansion via \"*\" is not supported here")
                    .withPosition(c.location() + 1);
        }
        List<String> f = c.fields();
        String column = f.get(f.size() - 1);
        String qualifier = f.size() >= 2 ? f.get(f.size() - 2) : null;
        ColumnBinding b = scope.resolve(qualifier, column, c.location());
        if (b != null) {
            ctx.privileges().columnRead(b.entry());
        }
        if (b == null) {
            if (qualifier != null && !scope.hasEntryNamed(qualifier) && scope.hasInvisibleEntryNamed(qualifier)) {
                throw new PgException(SqlState.UNDEFINED_TABLE, "invalid reference to FROM-clause entry for table \""
                        + qualifier + "\"").withHint("There is an entry for table \"" + qualifier
                        + "\", but it cannot be referenced from this part of the query.").withPosition(c.location() + 1);
            }
            if (qualifier != null && !scope.hasEntryNamed(qualifier)) {
                throw new PgException(SqlState.UNDEFINED_TABLE, "missing FROM-clause entry for table \"" + qualifier
                        + "\"").withPosition(c.location() + 1);
            }
            if (qualifier == null && scope.hasEntryNamed(column)) {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "whole-row references are not supported")
                        .withPosition(c.location() + 1);
            }
            PgException missing = new PgException(SqlState.UNDEFINED_COLUMN, "column " + (qualifier == null
                    ? "\"" + column + "\"" : qualifier + "." + column) + " does not exist").withPosition(c.location() + 1);
            String hint = FuzzyColumns.hint(scope, qualifier, column);
            throw hint == null ? missing : missing.withHint(hint);
        }
        if (b.isSystem()) {
            return SystemColumns.expression(b, grouping != null, c.location());
        }
        if (b.levelsUp() > 0) {
            return outerColumn(b, qualifier, column, c.location());
        }
        if (grouping != null) {
            String name = b.entry().alias() == null ? column : b.entry().alias() + "." + column;
            throw new PgException(SqlState.GROUPING_ERROR, "column \"" + name
                    + "\" must appear in the GROUP BY clause or be used in an aggregate function")
                    .withPosition(c.location() + 1);
        }
        return new Slot(b.slot(), b.type(), b.typmod(), column);
    }

    /**
     * A column of an enclosing query. When this subquery sits above that query's aggregation, the
     * column must be one of its GROUP BY keys and is read from the aggregated row.
     */
    private Expression outerColumn(ColumnBinding b, String qualifier, String column, int location) {
        Scope s = scope;
        for (int i = 1; i < b.levelsUp(); i++) {
            s = s.parent();
        }
        Grouping g = s.outerGrouping();
        if (g == null) {
            return new OuterSlot(b.levelsUp(), b.slot(), b.type(), b.typmod());
        }
        for (int k = 0; k < g.keys.size(); k++) {
            if (g.keys.get(k) instanceof Slot key && key.index() == b.slot()) {
                return new OuterSlot(b.levelsUp(), k, b.type(), b.typmod());
            }
        }
        String table = b.entry().alias() == null ? "" : b.entry().alias() + ".";
        throw new PgException(SqlState.GROUPING_ERROR, "subquery uses ungrouped column \"" + table + column
                + "\" from outer query").withPosition(location + 1);
    }

    private static Expression numeric(String text, int location) {
        try {
            return Const.of(Literals.parseNumericLiteral(text), Literals.typeOfNumericLiteral(text));
        } catch (PgException e) {
            throw e.withPosition(location + 1);
        }
    }

    private static Expression string(StringLiteral s) {
        if (s.kind() == StringKind.BIT || s.kind() == StringKind.HEX_BIT) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "bit string constants are not supported")
                    .withPosition(s.location() + 1);
        }
        return new dev.olifant.exec.expr.Literal(s.value(), s.location());
    }

    /** An operator call {@code left op right} with PostgreSQL's operator resolution. */
    Expression binary(String op, Expression left, Expression right, int location) {
        ResolvedOperator ro;
        try {
            ro = Operators.resolve(op, left.type(), right.type());
        } catch (PgException ex) {
            throw ex.withPosition(location + 1);
        }
        Expression l = Coercions.coerce(left, ro.leftType(), -1, CoercionContext.IMPLICIT, ctx, location);
        Expression r = Coercions.coerce(right, ro.rightType(), -1, CoercionContext.IMPLICIT, ctx, location);
        return fold(new Call(ro.name(), ro.impl(), new Expression[] {l, r}, true, ro.volatility() == Volatility.IMMUTABLE,
                ro.resultType(), -1));
    }

    private Expression unary(UnaryOp u) {
        String op = u.operator().name();
        if (op.equals("-") && u.operand() instanceof NumericLiteral n) {
            return numeric("-" + n.text(), u.location());
        }
        Expression arg = analyze(u.operand());
        ResolvedOperator ro;
        try {
            ro = Operators.resolve(op, null, arg.type());
        } catch (PgException ex) {
            throw ex.withPosition(u.location() + 1);
        }
        Expression a = Coercions.coerce(arg, ro.rightType(), -1, CoercionContext.IMPLICIT, ctx, u.location());
        return fold(new Call(ro.name(), ro.impl(), new Expression[] {a}, true, ro.volatility() == Volatility.IMMUTABLE,
                ro.resultType(), -1));
    }

    /** Evaluates a call of constants once, at analysis (PostgreSQL's eval_const_expressions). */
    Expression fold(Expression e) {
        if (e.isConstant() && !(e instanceof Const)) {
            try {
                return new Const(e.eval(null, ExecContext.CONSTANT_FOLDING), e.type(), e.typmod());
            } catch (ExecContext.NotConstant notConstant) {
                return e; // it depends on the session (time zone, time, catalog): evaluated per execution
            } catch (PgException ex) {
                return e; // the error surfaces when the statement runs, as it would in PostgreSQL
            }
        }
        return e;
    }

    private Expression bool(BoolExpr.Kind kind, List<Expr> args, String construct) {
        Expression[] a = new Expression[args.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = analyzeBoolean(args.get(i), construct);
        }
        return new BoolExpr(kind, a);
    }

    /** An equality operator resolved for two operands, with the operands coerced to its argument types. */
    private record Equality(Expression left, Expression right, dev.olifant.types.func.Invokable impl) {
    }

    private Equality equality(Expression l, Expression r, int location) {
        ResolvedOperator ro;
        try {
            ro = Operators.resolve("=", l.type(), r.type());
        } catch (PgException ex) {
            throw ex.withPosition(location + 1);
        }
        return new Equality(Coercions.coerce(l, ro.leftType(), -1, CoercionContext.IMPLICIT, ctx, location),
                Coercions.coerce(r, ro.rightType(), -1, CoercionContext.IMPLICIT, ctx, location), ro.impl());
    }

    private Expression distinctFrom(DistinctFrom d) {
        Equality eq = equality(analyze(d.left()), analyze(d.right()), d.location());
        return new DistinctExpr(eq.left(), eq.right(), eq.impl(), d.not());
    }

    private Expression between(Between b) {
        Expression x = analyze(b.arg());
        Expression lo = analyze(b.low());
        Expression hi = analyze(b.high());
        Expression inRange = new BoolExpr(BoolExpr.Kind.AND, new Expression[] {
            binary(">=", x, lo, b.location()), binary("<=", x, hi, b.location())});
        if (b.symmetric()) {
            Expression swapped = new BoolExpr(BoolExpr.Kind.AND, new Expression[] {
                binary(">=", x, hi, b.location()), binary("<=", x, lo, b.location())});
            inRange = new BoolExpr(BoolExpr.Kind.OR, new Expression[] {inRange, swapped});
        }
        return b.not() ? new BoolExpr(BoolExpr.Kind.NOT, new Expression[] {inRange}) : inRange;
    }

    private Expression inList(InList in) {
        Expression x = analyze(in.arg());
        List<Expression> items = new ArrayList<>();
        for (Expr e : in.list()) {
            items.add(analyze(e));
        }
        // Like PostgreSQL, compare in the common type of the left side and every item when one exists.
        List<PgType> all = new ArrayList<>();
        all.add(x.type());
        items.forEach(i -> all.add(i.type()));
        PgType common = null;
        try {
            common = TypeUnifier.commonType(all, "IN");
        } catch (PgException ignored) {
            // fall back to resolving each comparison on its own
        }
        Expression left = common == null ? x : Coercions.coerce(x, common, -1, CoercionContext.IMPLICIT, ctx,
                in.location());
        Expression[] tests = new Expression[items.size()];
        for (int i = 0; i < tests.length; i++) {
            Expression item = common == null ? items.get(i)
                    : Coercions.coerce(items.get(i), common, -1, CoercionContext.IMPLICIT, ctx, in.location());
            tests[i] = binary("=", left, item, in.location());
        }
        Expression any = tests.length == 1 ? tests[0] : new BoolExpr(BoolExpr.Kind.OR, tests);
        return in.not() ? new BoolExpr(BoolExpr.Kind.NOT, new Expression[] {any}) : any;
    }

    private Expression like(Like l) {
        if (l.kind() == dev.olifant.sql.ast.LikeKind.SIMILAR) {
            // PostgreSQL: x SIMILAR TO p ESCAPE e is x ~ similar_to_escape(p, e)
            Expression regex = functions.call(new FuncCall(new QualifiedName("similar_to_escape", l.location()),
                    l.escape() == null ? List.of(l.pattern()) : List.of(l.pattern(), l.escape()), List.of(), null, null,
                    false, false, false, false, FuncSyntax.NORMAL, l.location()));
            return binary(l.not() ? "!~" : "~", analyze(l.arg()), regex, l.location());
        }
        String op = switch (l.kind()) {
            case LIKE -> l.not() ? "!~~" : "~~";
            case ILIKE -> l.not() ? "!~~*" : "~~*";
            case SIMILAR -> throw new IllegalStateException();
        };
        // PostgreSQL: x LIKE p ESCAPE e is x ~~ like_escape(p, e)
        Expression pattern = l.escape() == null ? analyze(l.pattern())
                : functions.call(new FuncCall(new QualifiedName("like_escape", l.location()),
                        List.of(l.pattern(), l.escape()), List.of(), null, null, false, false, false, false,
                        FuncSyntax.NORMAL, l.location()));
        return binary(op, analyze(l.arg()), pattern, l.location());
    }

    private Expression caseExpr(dev.olifant.sql.ast.CaseExpr c) {
        Expression subject = c.arg() == null ? null : analyze(c.arg());
        List<Expression> conditions = new ArrayList<>();
        List<Expression> results = new ArrayList<>();
        for (CaseWhen w : c.whens()) {
            Expression cond = subject == null ? analyzeBoolean(w.condition(), "CASE/WHEN")
                    : binary("=", subject, analyze(w.condition()), w.location());
            conditions.add(cond);
            results.add(analyze(w.result()));
        }
        Expression otherwise = c.elseResult() == null ? null : analyze(c.elseResult());
        List<Expression> all = new ArrayList<>(results);
        if (otherwise != null) {
            all.add(otherwise);
        }
        PgType type = unify(all, "CASE", c.location());
        for (int i = 0; i < results.size(); i++) {
            results.set(i, Coercions.coerce(results.get(i), type, -1, CoercionContext.IMPLICIT, ctx, c.location()));
        }
        if (otherwise != null) {
            otherwise = Coercions.coerce(otherwise, type, -1, CoercionContext.IMPLICIT, ctx, c.location());
        }
        return new CaseExpr(conditions.toArray(Expression[]::new), results.toArray(Expression[]::new), otherwise,
                type, -1);
    }

    PgType unify(List<Expression> exprs, String context, int location) {
        List<PgType> types = new ArrayList<>();
        exprs.forEach(x -> types.add(x.type()));
        try {
            return TypeUnifier.commonType(types, context);
        } catch (PgException ex) {
            throw ex.withPosition(location + 1);
        }
    }

    private Expression[] unified(List<Expr> args, String context, int location, PgType[] typeOut) {
        List<Expression> xs = new ArrayList<>();
        args.forEach(a -> xs.add(analyze(a)));
        PgType type = unify(xs, context, location);
        typeOut[0] = type;
        Expression[] out = new Expression[xs.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Coercions.coerce(xs.get(i), type, -1, CoercionContext.IMPLICIT, ctx, location);
        }
        return out;
    }

    private Expression coalesce(Coalesce c) {
        PgType[] t = new PgType[1];
        Expression[] args = unified(c.args(), "COALESCE", c.location(), t);
        return new CoalesceExpr(args, t[0], -1);
    }

    private Expression minMax(MinMax m) {
        PgType[] t = new PgType[1];
        Expression[] args = unified(m.args(), m.greatest() ? "GREATEST" : "LEAST", m.location(), t);
        return new MinMaxExpr(args, ValueOps.comparator(t[0]), m.greatest(), t[0], -1);
    }

    private Expression nullIf(NullIf n) {
        Equality eq = equality(analyze(n.left()), analyze(n.right()), n.location());
        return new NullIfExpr(eq.left(), eq.right(), eq.impl(), eq.left().type(), eq.left().typmod());
    }

    private Expression collate(Collate c) {
        String name = c.collation().last();
        if (!name.equals("default") && !name.equals("C") && !name.equals("POSIX") && !name.equals("C.UTF-8")
                && !name.equals("ucs_basic")) {
            throw new PgException(SqlState.UNDEFINED_OBJECT, "collation \"" + name
                    + "\" for encoding \"UTF8\" does not exist").withPosition(c.location() + 1);
        }
        return analyze(c.arg());
    }

    private Expression inSubquery(InSubquery in) {
        Expression any = subquery(SubqueryExpr.Kind.ANY, in.query(), in.arg(), "=", false, in.location());
        return in.not() ? new BoolExpr(BoolExpr.Kind.NOT, new Expression[] {any}) : any;
    }

    private Expression subquery(SubqueryExpr.Kind kind, SelectStmt query, Expr leftExpr, String op, boolean unused,
            int location) {
        Scope child = new Scope(scope);
        if (grouping != null) {
            child.setOuterGrouping(grouping);
        }
        AnalyzedQuery q = subqueries.analyze(query, child);
        boolean correlated = child.referencesOuter();
        if (leftExpr instanceof RowExpr row && (kind == SubqueryExpr.Kind.ANY || kind == SubqueryExpr.Kind.ALL)) {
            return RowSubqueries.analyze(this, row, q, kind == SubqueryExpr.Kind.ALL, op, correlated, location);
        }
        if (kind != SubqueryExpr.Kind.EXISTS && q.columns().size() != 1) {
            throw new PgException(SqlState.SYNTAX_ERROR, kind == SubqueryExpr.Kind.SCALAR || kind == SubqueryExpr.Kind.ARRAY
                    ? "subquery must return only one column"
                    : q.columns().size() > 1 ? "subquery has too many columns" : "subquery has too few columns").withPosition(location + 1);
        }
        PgType colType = kind == SubqueryExpr.Kind.EXISTS ? Types.BOOL : q.columns().get(0).type();
        return switch (kind) {
            case EXISTS -> new SubqueryExpr(kind, q.plan(), correlated, null, null, Types.BOOL);
            case SCALAR -> new SubqueryExpr(kind, q.plan(), correlated, null, null, colType);
            case ARRAY -> {
                PgType arr = Types.arrayOf(colType);
                if (arr == null) {
                    throw new PgException(SqlState.UNDEFINED_OBJECT, "could not find array type for data type "
                            + Coercions.display(colType)).withPosition(location + 1);
                }
                yield new SubqueryExpr(kind, q.plan(), correlated, null, null, arr);
            }
            default -> {
                Comparison cmp = comparison(analyze(leftExpr), colType, op, location);
                yield new SubqueryExpr(kind, q.plan(), correlated, cmp.left(), cmp.operator(), Types.BOOL);
            }
        };
    }

    /** {@code left op column} of a quantified subquery: the coerced left side and the operator on (left, column value). */
    record Comparison(Expression left, dev.olifant.types.func.Invokable operator) {
    }

    Comparison comparison(Expression left, PgType colType, String op, int location) {
        ResolvedOperator ro;
        try {
            ro = Operators.resolve(op, left.type(), colType);
        } catch (PgException ex) {
            throw ex.withPosition(location + 1);
        }
        if (ro.resultType() != Types.BOOL) {
            throw new PgException(SqlState.DATATYPE_MISMATCH, "op ANY/ALL (array) requires operator to yield boolean")
                    .withPosition(location + 1);
        }
        Expression l = Coercions.coerce(left, ro.leftType(), -1, CoercionContext.IMPLICIT, ctx, location);
        var cast = ro.rightType().equals(colType) ? null
                : dev.olifant.types.Casts.find(colType, ro.rightType(), CoercionContext.IMPLICIT);
        var impl = ro.impl();
        dev.olifant.types.func.Invokable cmp = cast == null ? impl
                : (c, args) -> impl.invoke(c, new Object[] {args[0], cast.apply(args[1], c)});
        return new Comparison(l, cmp);
    }
}
