package dev.olifant.sql.analyze;

import dev.olifant.catalog.View;
import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.exec.expr.Expression;
import dev.olifant.exec.expr.Slot;
import dev.olifant.exec.plan.Limit;
import dev.olifant.exec.plan.PlanNode;
import dev.olifant.exec.plan.Project;
import dev.olifant.exec.plan.SetOp;
import dev.olifant.exec.plan.Sort;
import dev.olifant.exec.plan.SortKey;
import dev.olifant.exec.plan.ValuesScan;
import dev.olifant.sql.ast.CommonTableExpr;
import dev.olifant.sql.ast.Expr;
import dev.olifant.sql.ast.NumericLiteral;
import dev.olifant.sql.ast.QueryBody;
import dev.olifant.sql.ast.RawStatement;
import dev.olifant.sql.ast.SelectStmt;
import dev.olifant.sql.ast.SetOperation;
import dev.olifant.sql.ast.SimpleSelect;
import dev.olifant.sql.ast.SortBy;
import dev.olifant.sql.ast.SortDirection;
import dev.olifant.sql.ast.NullsOrder;
import dev.olifant.sql.ast.ValuesClause;
import dev.olifant.sql.parser.Parser;
import dev.olifant.types.CoercionContext;
import dev.olifant.types.PgType;
import dev.olifant.types.Types;
import dev.olifant.types.ValueOps;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Analyses and plans queries (PostgreSQL's transformSelectStmt plus the planner's top level):
 * FROM and WHERE through {@link FromPlanner}, then grouping, the SELECT list, DISTINCT, ORDER BY
 * and LIMIT; set operations and VALUES lists; WITH queries.
 *
 * <p>Plan shape of a simple SELECT: scans and joins, aggregation and HAVING, a projection of the
 * SELECT list plus any ORDER BY expressions not in it, the sort, DISTINCT, the limit, and a last
 * projection dropping the extra sort columns.
 */
public final class QueryAnalyzer implements SubqueryAnalyzer {
    private final AnalysisContext ctx;
    private final Map<String, AnalyzedQuery> ctes = new HashMap<>();
    private final QueryAnalyzer parent;

    public QueryAnalyzer(AnalysisContext ctx) {
        this(ctx, null);
    }

    QueryAnalyzer(AnalysisContext ctx, QueryAnalyzer parent) {
        this.ctx = ctx;
        this.parent = parent;
    }

    AnalysisContext context() {
        return ctx;
    }

    /** The WITH query visible under {@code name}, or null. */
    AnalyzedQuery cte(String name) {
        for (QueryAnalyzer q = this; q != null; q = q.parent) {
            AnalyzedQuery a = q.ctes.get(name);
            if (a != null) {
                return a;
            }
        }
        return null;
    }

    /** Analyses a top-level query (the only level whose WITH may hold data-modifying statements). */
    public AnalyzedQuery analyze(SelectStmt s) {
        List<dev.olifant.exec.plan.SharedCte> modifying = new ArrayList<>();
        AnalyzedQuery q = analyze(s, new Scope(null), modifying);
        return modifying.isEmpty() ? q
                : new AnalyzedQuery(new dev.olifant.exec.plan.ModifyingCtes(q.plan(), modifying), q.columns());
    }

    @Override
    public AnalyzedQuery analyze(SelectStmt s, Scope scope) {
        return ctx.privileges().nested(() -> analyze(s, scope, null));
    }

    private AnalyzedQuery analyze(SelectStmt s, Scope scope, List<dev.olifant.exec.plan.SharedCte> modifying) {
        QueryAnalyzer level = this;
        if (s.with() != null) {
            level = WithClauses.level(this, s.with(), scope, modifying);
        }
        if (!s.locking().isEmpty() && !(s.body() instanceof SimpleSelect)) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, RowMarks.clauseName(s.locking().get(0).strength())
                    + " is not allowed with UNION/INTERSECT/EXCEPT");
        }
        if (s.withTies()) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "FETCH ... WITH TIES is not supported yet")
                    .withPosition(s.location() + 1);
        }
        if (s.body() instanceof SimpleSelect simple) {
            return new SelectPlanner(level, level.ctx, scope).plan(simple, s.orderBy(), s.limit(), s.offset(),
                    level::limit, s.locking());
        }
        AnalyzedQuery body = level.body(s.body(), scope);
        return level.orderAndLimit(body, s.orderBy(), s.limit(), s.offset(), scope);
    }

    static AnalyzedQuery renamed(AnalyzedQuery a, String cteName, List<String> names, int location) {
        if (names.isEmpty()) {
            return a;
        }
        if (names.size() > a.columns().size()) {
            throw new PgException(SqlState.SYNTAX_ERROR, "WITH query \"" + cteName + "\" has " + a.columns().size()
                    + " columns available but " + names.size() + " columns specified").withPosition(location + 1);
        }
        List<ResultColumn> cols = new ArrayList<>(a.columns());
        for (int i = 0; i < names.size(); i++) {
            ResultColumn c = cols.get(i);
            cols.set(i, new ResultColumn(names.get(i), c.type(), c.typmod(), c.tableOid(), c.attnum()));
        }
        return new AnalyzedQuery(a.plan(), cols);
    }

    AnalyzedQuery analyzeView(View v) {
        var stmts = Parser.parse(v.query());
        RawStatement raw = stmts.get(0);
        AnalyzedQuery q = new QueryAnalyzer(ctx).analyze((SelectStmt) raw.statement(), new Scope(null));
        List<ResultColumn> cols = new ArrayList<>();
        for (int i = 0; i < q.columns().size(); i++) {
            ResultColumn c = q.columns().get(i);
            String name = i < v.columns().size() ? v.columns().get(i).name() : c.name();
            cols.add(new ResultColumn(name, c.type(), c.typmod(), 0, 0));
        }
        return new AnalyzedQuery(q.plan(), cols);
    }

    /** Makes a WITH query visible under {@code name} at this level. */
    void defineCte(String name, AnalyzedQuery q) {
        ctes.put(name, q);
    }

    AnalyzedQuery body(QueryBody b, Scope scope) {
        return switch (b) {
            case SelectStmt s -> analyze(s, new Scope(scope.parent()));
            case SimpleSelect s -> simple(s, List.of(), null, null, new Scope(scope.parent()));
            case ValuesClause v -> values(v, scope);
            case SetOperation op -> setOperation(op, scope);
        };
    }

    private AnalyzedQuery values(ValuesClause v, Scope scope) {
        int n = v.rows().get(0).size();
        List<List<Expression>> rows = new ArrayList<>();
        ExprAnalyzer a = new ExprAnalyzer(ctx, new Scope(scope.parent()), "VALUES", null, this);
        for (List<Expr> row : v.rows()) {
            if (row.size() != n) {
                throw new PgException(SqlState.SYNTAX_ERROR, "VALUES lists must all be the same length")
                        .withPosition(row.get(0).location() + 1);
            }
            List<Expression> r = new ArrayList<>();
            for (Expr e : row) {
                r.add(a.analyze(e));
            }
            rows.add(r);
        }
        List<ResultColumn> cols = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            List<Expression> column = new ArrayList<>();
            for (List<Expression> r : rows) {
                column.add(r.get(c));
            }
            PgType t = a.unify(column, "VALUES", v.location());
            if (t == Types.UNKNOWN) {
                t = Types.TEXT;
            }
            int typmod = column.get(0).typmod();
            for (List<Expression> r : rows) {
                r.set(c, Coercions.coerce(r.get(c), t, -1, CoercionContext.IMPLICIT, ctx, v.location()));
                if (r.get(c).typmod() != typmod) {
                    typmod = -1;
                }
            }
            cols.add(new ResultColumn("column" + (c + 1), t, typmod, 0, 0));
        }
        List<Expression[]> plans = new ArrayList<>();
        rows.forEach(r -> plans.add(r.toArray(Expression[]::new)));
        return new AnalyzedQuery(new ValuesScan(plans, n), cols);
    }

    private AnalyzedQuery setOperation(SetOperation op, Scope scope) {
        AnalyzedQuery l = setOperationLeaf(op.left(), scope);
        AnalyzedQuery r = setOperationLeaf(op.right(), scope);
        String name = op.operator().name();
        if (l.columns().size() != r.columns().size()) {
            throw new PgException(SqlState.SYNTAX_ERROR, "each " + name + " query must have the same number of columns")
                    .withPosition(firstTargetLocation(op.right(), op.location()) + 1);
        }
        int n = l.columns().size();
        PgType[] types = new PgType[n];
        Expression[] lp = new Expression[n];
        Expression[] rp = new Expression[n];
        List<ResultColumn> cols = new ArrayList<>();
        ExprAnalyzer a = new ExprAnalyzer(ctx, new Scope(null), name, null, this);
        for (int i = 0; i < n; i++) {
            ResultColumn lc = l.columns().get(i);
            ResultColumn rc = r.columns().get(i);
            Expression ls = new Slot(i, lc.type(), lc.typmod(), lc.name());
            Expression rs = new Slot(i, rc.type(), rc.typmod(), rc.name());
            PgType t = a.unify(List.of(ls, rs), name, targetLocation(op.right(), i, op.location()));
            if (t == Types.UNKNOWN) {
                t = Types.TEXT;
            }
            types[i] = t;
            lp[i] = leafColumn(ls, t, op.location());
            rp[i] = leafColumn(rs, t, op.location());
            int typmod = lc.typmod() == rc.typmod() ? lc.typmod() : -1;
            cols.add(new ResultColumn(lc.name(), t, typmod, 0, 0));
        }
        SetOp.Kind kind = SetOp.Kind.valueOf(name);
        PlanNode plan = new SetOp(kind, op.all(), new Project(l.plan(), lp), new Project(r.plan(), rp), types);
        return new AnalyzedQuery(plan, cols);
    }

    /** A leaf's column in the set operation's type; an untyped literal there goes through the type's input. */
    private Expression leafColumn(Expression column, PgType t, int location) {
        if (column.type() == Types.UNKNOWN && t != Types.UNKNOWN) {
            return new dev.olifant.exec.expr.CastExpr(column,
                    dev.olifant.types.Casts.find(Types.UNKNOWN, t, CoercionContext.IMPLICIT), t, -1, false);
        }
        return Coercions.coerce(column, t, -1, CoercionContext.IMPLICIT, ctx, location);
    }

    private AnalyzedQuery setOperationLeaf(QueryBody b, Scope scope) {
        if (b instanceof SimpleSelect s) {
            return ctx.privileges().nested(() -> new SelectPlanner(this, ctx, new Scope(scope.parent()))
                    .keepingUnknownOutputs().plan(s, List.of(), null, null, (p, l, o, sc) -> limit(p, l, o, sc)));
        }
        return body(b, scope);
    }

    /** Where the i-th output column of a query is written (PostgreSQL points type mismatches there). */
    private static int targetLocation(QueryBody b, int i, int fallback) {
        return switch (b) {
            case SimpleSelect s when i < s.targets().size() && s.targets().get(i).expr().location() >= 0 ->
                    s.targets().get(i).expr().location();
            case SelectStmt s -> targetLocation(s.body(), i, fallback);
            case SetOperation o -> targetLocation(o.left(), i, fallback);
            default -> fallback;
        };
    }

    /** Where a query's SELECT list starts (PostgreSQL points column-count errors there). */
    private static int firstTargetLocation(QueryBody b, int fallback) {
        return switch (b) {
            case SimpleSelect s when !s.targets().isEmpty() && s.targets().get(0).expr().location() >= 0 ->
                    s.targets().get(0).expr().location();
            case SelectStmt s -> firstTargetLocation(s.body(), fallback);
            default -> fallback;
        };
    }

    /** ORDER BY and LIMIT over a set operation or VALUES: keys name output columns. */
    private AnalyzedQuery orderAndLimit(AnalyzedQuery q, List<SortBy> orderBy, Expr limit, Expr offset, Scope scope) {
        PlanNode plan = q.plan();
        if (!orderBy.isEmpty()) {
            Scope out = new Scope(scope.parent());
            int[] slots = new int[q.columns().size()];
            List<String> names = new ArrayList<>();
            List<PgType> types = new ArrayList<>();
            List<Integer> typmods = new ArrayList<>();
            for (int i = 0; i < slots.length; i++) {
                slots[i] = i;
                names.add(q.columns().get(i).name());
                types.add(q.columns().get(i).type());
                typmods.add(q.columns().get(i).typmod());
            }
            out.add(new RangeEntry(null, names, types, typmods, slots, 0, new int[slots.length], -1));
            ExprAnalyzer a = new ExprAnalyzer(ctx, out, "ORDER BY", null, this);
            List<SortKey> keys = new ArrayList<>();
            for (SortBy sb : orderBy) {
                Expression e;
                if (sb.expr() instanceof NumericLiteral n) {
                    e = ordinal(n, q.columns().size(), slots, types, typmods, names);
                } else {
                    e = a.analyzeResolved(sb.expr());
                }
                keys.add(sortKey(e, sb));
            }
            plan = new Sort(plan, keys);
        }
        plan = limit(plan, limit, offset, scope);
        return new AnalyzedQuery(plan, q.columns());
    }

    private Expression ordinal(NumericLiteral n, int count, int[] slots, List<PgType> types, List<Integer> typmods,
            List<String> names) {
        int pos;
        try {
            pos = Integer.parseInt(n.text());
        } catch (NumberFormatException e) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "non-integer constant in ORDER BY")
                    .withPosition(n.location() + 1);
        }
        if (pos < 1 || pos > count) {
            throw new PgException(SqlState.INVALID_COLUMN_REFERENCE, "ORDER BY position " + pos
                    + " is not in select list").withPosition(n.location() + 1);
        }
        return new Slot(slots[pos - 1], types.get(pos - 1), typmods.get(pos - 1), names.get(pos - 1));
    }

    SortKey sortKey(Expression e, SortBy sb) {
        if (sb.direction() == SortDirection.USING) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "ORDER BY ... USING is not supported yet")
                    .withPosition(sb.location() + 1);
        }
        boolean desc = sb.direction() == SortDirection.DESC;
        boolean nullsFirst = sb.nulls() == NullsOrder.DEFAULT ? desc : sb.nulls() == NullsOrder.FIRST;
        return new SortKey(e, ValueOps.comparator(e.type()), desc, nullsFirst,
                dev.olifant.exec.expr.ExpressionText.of(e));
    }

    private PlanNode limit(PlanNode plan, Expr limit, Expr offset, Scope scope) {
        if (limit == null && offset == null) {
            return plan;
        }
        ExprAnalyzer a = new ExprAnalyzer(ctx, new Scope(scope.parent()), "LIMIT", null, this);
        Expression l = limit == null ? null : Coercions.coerce(a.analyze(limit), Types.INT8, -1,
                CoercionContext.ASSIGNMENT, ctx, limit.location());
        Expression o = offset == null ? null : Coercions.coerce(a.analyze(offset), Types.INT8, -1,
                CoercionContext.ASSIGNMENT, ctx, offset.location());
        return new Limit(plan, l, o);
    }

    private AnalyzedQuery simple(SimpleSelect s, List<SortBy> orderBy, Expr limit, Expr offset, Scope scope) {
        return new SelectPlanner(this, ctx, scope).plan(s, orderBy, limit, offset, (p, l, o, sc) -> limit(p, l, o, sc));
    }

    /** Applies LIMIT/OFFSET to a plan; passed to {@link SelectPlanner}. */
    interface LimitApplier {
        PlanNode apply(PlanNode plan, Expr limit, Expr offset, Scope scope);
    }




}
