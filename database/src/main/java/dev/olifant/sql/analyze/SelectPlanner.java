package dev.olifant.sql.analyze;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.exec.expr.Expression;
import dev.olifant.exec.expr.Slot;
import dev.olifant.exec.plan.Aggregate;
import dev.olifant.exec.plan.Distinct;
import dev.olifant.exec.plan.Filter;
import dev.olifant.exec.plan.PlanNode;
import dev.olifant.exec.plan.Project;
import dev.olifant.exec.plan.Sort;
import dev.olifant.exec.plan.SortKey;
import dev.olifant.sql.ast.ColumnRef;
import dev.olifant.sql.ast.Expr;
import dev.olifant.sql.ast.NumericLiteral;
import dev.olifant.sql.ast.SelectTarget;
import dev.olifant.sql.ast.SimpleSelect;
import dev.olifant.sql.ast.SortBy;
import dev.olifant.types.CoercionContext;
import dev.olifant.types.PgType;
import dev.olifant.types.Types;
import java.util.ArrayList;
import java.util.List;

/** Plans one SELECT ... FROM ... WHERE ... GROUP BY ... HAVING ... ORDER BY ... LIMIT. */
final class SelectPlanner {
    private final QueryAnalyzer queries;
    private final AnalysisContext ctx;
    private final Scope scope;

    /** A set operation's leaf keeps untyped literals unknown: the set operation resolves their type. */
    private boolean keepUnknown;

    SelectPlanner(QueryAnalyzer queries, AnalysisContext ctx, Scope scope) {
        this.queries = queries;
        this.ctx = ctx;
        this.scope = scope;
    }

    SelectPlanner keepingUnknownOutputs() {
        keepUnknown = true;
        return this;
    }

    AnalyzedQuery plan(SimpleSelect s, List<SortBy> orderBy, Expr limit, Expr offset,
            QueryAnalyzer.LimitApplier limiter) {
        return plan(s, orderBy, limit, offset, limiter, List.of());
    }

    /** Plans the query; {@code locking} are its FOR UPDATE / SHARE clauses (empty for none). */
    AnalyzedQuery plan(SimpleSelect s, List<SortBy> orderBy, Expr limit, Expr offset,
            QueryAnalyzer.LimitApplier limiter, List<dev.olifant.sql.ast.LockingClause> locking) {
        PlanNode plan = new FromPlanner(ctx, queries, scope).plan(s.from(), s.where());
        WindowPlanner windows = WindowPlanner.collect(s, orderBy, queries);
        boolean grouped = !s.groupBy().isEmpty() || s.having() != null || AstWalk.containsAggregate(s.targets())
                || AstWalk.containsAggregate(orderBy);
        RowMarks marks = locking.isEmpty() ? null : RowMarks.of(locking, s, grouped, ctx, scope, queries);
        Grouping grouping = null;
        if (grouped) {
            grouping = groupKeys(s);
        }
        ExprAnalyzer exprs = new ExprAnalyzer(ctx, scope, grouping == null ? "SELECT list" : null, grouping, queries);
        exprs.windows = windows;
        if (grouping == null) {
            exprs.setFunctions = new SetFunctionTargets(plan.width());
        }
        List<Target> targets = targets(s.targets(), exprs);
        exprs.windows = null;
        exprs.windowClause = "HAVING";
        Expression having = s.having() == null ? null : exprs.analyzeBoolean(s.having(), "HAVING");
        exprs.windows = windows;
        exprs.windowClause = null;
        int visible = targets.size();
        List<SortKey> sortKeys = new ArrayList<>();
        List<Integer> distinctOnTargets = new ArrayList<>();
        for (Expr e : s.distinctOn()) {
            distinctOnTargets.add(orderTarget(new SortBy(e, dev.olifant.sql.ast.SortDirection.DEFAULT, null,
                    dev.olifant.sql.ast.NullsOrder.DEFAULT, e.location()), targets, exprs, false));
        }
        List<Integer> sortTargets = new ArrayList<>();
        for (SortBy sb : orderBy) {
            int index = orderTarget(sb, targets, exprs, s.distinct() && s.distinctOn().isEmpty());
            sortTargets.add(index);
            Target t = targets.get(index);
            String shown = t.expr() instanceof Slot col ? col.name()
                    : "(" + dev.olifant.exec.expr.ExpressionText.of(t.expr()) + ")";
            sortKeys.add(queries.sortKey(new Slot(index, t.expr().type(), t.expr().typmod(), shown), sb));
        }
        if (!distinctOnTargets.isEmpty()) {
            DistinctOnCheck.check(s.distinctOn(), distinctOnTargets, sortTargets);
            if (sortKeys.isEmpty()) {
                for (int index : distinctOnTargets) {
                    Target t = targets.get(index);
                    sortKeys.add(queries.sortKey(new Slot(index, t.expr().type(), t.expr().typmod(), t.name()),
                            new SortBy(null, dev.olifant.sql.ast.SortDirection.DEFAULT, null,
                                    dev.olifant.sql.ast.NullsOrder.DEFAULT, -1)));
                }
            }
        }
        boolean indexOrdered = false;
        if (grouping == null && windows == null && !s.distinct()) {
            PlanNode ordered = IndexOrder.ordered(ctx.catalog(), plan, sortKeys,
                    targets.stream().map(Target::expr).toArray(Expression[]::new), limit != null);
            if (ordered != null) {
                plan = ordered;
                indexOrdered = true;
            }
        }
        if (grouping != null) {
            PgType[] keyTypes = new PgType[grouping.keys.size()];
            for (int i = 0; i < keyTypes.length; i++) {
                keyTypes[i] = grouping.keys.get(i).type();
            }
            plan = grouping.sets != null
                    ? new dev.olifant.exec.plan.GroupingSetsAggregate(plan, grouping.keys.toArray(Expression[]::new),
                            keyTypes, grouping.sets, grouping.aggregates)
                    : new Aggregate(plan, grouping.keys.toArray(Expression[]::new), keyTypes, grouping.aggregates);
            if (having != null) {
                plan = new Filter(plan, having);
            }
        }
        if (windows != null) {
            plan = windows.plan(plan);
        }
        Expression[] outputs = new Expression[targets.size()];
        for (int i = 0; i < outputs.length; i++) {
            outputs[i] = targets.get(i).expr();
        }
        if (exprs.setFunctions != null) {
            plan = exprs.setFunctions.wrap(plan);
        }
        plan = new Project(plan, marks == null ? outputs : marks.withFromRow(outputs, scope.width()));
        if (!sortKeys.isEmpty() && !indexOrdered && (windows == null || !windows.delivers(sortKeys, outputs))) {
            plan = new Sort(plan, sortKeys);
        }
        if (s.distinct()) {
            plan = distinct(plan, targets, visible, distinctOnTargets);
        }
        if (marks != null) {
            plan = marks.node(plan, outputs, scope.width());
        }
        plan = limiter.apply(plan, limit, offset, scope);
        if (targets.size() > visible || marks != null) {
            Expression[] keep = new Expression[visible];
            for (int i = 0; i < visible; i++) {
                keep[i] = new Slot(i, outputs[i].type(), outputs[i].typmod(), targets.get(i).name());
            }
            plan = new Project(plan, keep);
        }
        List<ResultColumn> cols = new ArrayList<>();
        for (int i = 0; i < visible; i++) {
            Target t = targets.get(i);
            cols.add(new ResultColumn(t.name(), t.expr().type(), t.expr().typmod(), t.tableOid(), t.attnum()));
        }
        return new AnalyzedQuery(plan, cols);
    }

    private Grouping groupKeys(SimpleSelect s) {
        Grouping g = new Grouping();
        ExprAnalyzer a = new ExprAnalyzer(ctx, scope, "GROUP BY", null, queries);
        if (s.groupBy().stream().anyMatch(e -> e instanceof dev.olifant.sql.ast.GroupingSet)) {
            g.sets = GroupingSets.expand(s.groupBy(), e -> groupKey(e, s, g, a));
            if (s.groupByDistinct()) {
                g.sets = GroupingSets.distinct(g.sets);
            }
            return g;
        }
        for (Expr e : s.groupBy()) {
            groupKey(e, s, g, a);
        }
        return g;
    }

    /** Adds a GROUP BY expression (an ordinal, an output column name or an expression) unless present; its key index. */
    private int groupKey(Expr e, SimpleSelect s, Grouping g, ExprAnalyzer a) {
        Expr source = e;
        if (e instanceof NumericLiteral n) {
            int pos = Integer.parseInt(n.text());
            if (pos < 1 || pos > s.targets().size()) {
                throw new PgException(SqlState.INVALID_COLUMN_REFERENCE, "GROUP BY position " + pos
                        + " is not in select list").withPosition(n.location() + 1);
            }
            source = s.targets().get(pos - 1).expr();
        } else if (e instanceof ColumnRef c && c.fields().size() == 1
                && scope.resolve(null, c.fields().get(0), c.location()) == null) {
            for (SelectTarget t : s.targets()) {
                if (c.fields().get(0).equals(t.alias())) {
                    source = t.expr();
                }
            }
        }
        String key = AstWalk.key(source);
        int existing = g.keyIndex(key);
        if (existing >= 0) {
            return existing;
        }
        Expression x = a.analyzeResolved(source);
        g.keyTexts.add(key);
        g.keys.add(x);
        g.keyNames.add(TargetNames.of(source));
        return g.keys.size() - 1;
    }

    private List<Target> targets(List<SelectTarget> list, ExprAnalyzer exprs) {
        List<Target> out = new ArrayList<>();
        for (SelectTarget t : list) {
            if (t.expr() instanceof ColumnRef c && c.star()) {
                expandStar(c, out, exprs);
                continue;
            }
            if (t.expr() instanceof dev.olifant.sql.ast.FieldSelect f && f.field() == null) {
                RecordExprs.expandFields(exprs, f, out);
                continue;
            }
            Expression e = exprs.analyze(t.expr());
            if (e.type() == Types.UNKNOWN && !keepUnknown) {
                e = Coercions.coerce(e, Types.TEXT, -1, CoercionContext.IMPLICIT, ctx, t.expr().location());
            }
            long tableOid = 0;
            int attnum = 0;
            if (t.expr() instanceof ColumnRef c && exprs.grouping == null) {
                List<String> f = c.fields();
                ColumnBinding b = scope.resolve(f.size() >= 2 ? f.get(f.size() - 2) : null, f.get(f.size() - 1),
                        c.location());
                if (b != null && b.levelsUp() == 0) {
                    tableOid = b.reportedTableOid();
                    attnum = b.attnum();
                }
            }
            String name = t.alias() != null ? t.alias() : TargetNames.of(t.expr());
            out.add(new Target(e, name, tableOid, attnum, t.expr(), false));
        }
        return out;
    }

    private void expandStar(ColumnRef c, List<Target> out, ExprAnalyzer exprs) {
        List<ColumnBinding> cols;
        if (c.fields().isEmpty()) {
            if (scope.entries().isEmpty()) {
                throw new PgException(SqlState.SYNTAX_ERROR, "SELECT * with no tables specified is not valid")
                        .withPosition(c.location() + 1);
            }
            cols = scope.starColumns();
        } else {
            String alias = c.fields().get(c.fields().size() - 1);
            RangeEntry e = scope.entry(alias);
            if (e == null) {
                throw new PgException(SqlState.UNDEFINED_TABLE, "missing FROM-clause entry for table \"" + alias + "\"")
                        .withPosition(c.location() + 1);
            }
            cols = new ArrayList<>();
            for (int i = 0; i < e.names().size(); i++) {
                cols.add(new ColumnBinding(e, i, e.slots()[i], e.types().get(i), e.typmods().get(i), 0));
            }
        }
        for (ColumnBinding b : cols) {
            String name = b.entry().names().get(b.column());
            Expression x;
            if (exprs.grouping != null) {
                ColumnRef ref = new ColumnRef(b.entry().alias() == null ? List.of(name) : List.of(b.entry().alias(), name),
                        false, c.location());
                x = exprs.analyze(ref);
            } else {
                x = new Slot(b.slot(), b.type(), b.typmod(), name);
            }
            out.add(new Target(x, name, b.reportedTableOid(), b.attnum(), null, false));
        }
    }

    /** The target an ORDER BY item sorts by, adding a hidden one when it is not in the SELECT list. */
    private int orderTarget(SortBy sb, List<Target> targets, ExprAnalyzer exprs, boolean distinct) {
        Expr e = sb.expr();
        if (e instanceof NumericLiteral n && !n.text().contains(".")) {
            int pos = Integer.parseInt(n.text());
            if (pos < 1 || pos > targets.stream().filter(t -> !t.junk()).count()) {
                throw new PgException(SqlState.INVALID_COLUMN_REFERENCE, "ORDER BY position " + pos
                        + " is not in select list").withPosition(n.location() + 1);
            }
            return pos - 1;
        }
        if (e instanceof ColumnRef c && c.fields().size() == 1 && !c.star()) {
            int found = -1;
            for (int i = 0; i < targets.size(); i++) {
                if (!targets.get(i).junk() && targets.get(i).name().equals(c.fields().get(0))) {
                    if (found >= 0 && !AstWalk.key(targets.get(i).source()).equals(AstWalk.key(targets.get(found).source()))) {
                        throw new PgException(SqlState.AMBIGUOUS_COLUMN, "ORDER BY \"" + c.fields().get(0)
                                + "\" is ambiguous").withPosition(c.location() + 1);
                    }
                    if (found < 0) {
                        found = i;
                    }
                }
            }
            if (found >= 0) {
                return found;
            }
        }
        String key = AstWalk.key(e);
        for (int i = 0; i < targets.size(); i++) {
            if (targets.get(i).source() != null && AstWalk.key(targets.get(i).source()).equals(key)) {
                return i;
            }
        }
        if (distinct) {
            throw new PgException(SqlState.INVALID_COLUMN_REFERENCE,
                    "for SELECT DISTINCT, ORDER BY expressions must appear in select list").withPosition(e.location() + 1);
        }
        Expression x = exprs.analyzeResolved(e);
        targets.add(new Target(x, "?column?", 0, 0, e, true));
        return targets.size() - 1;
    }

    private PlanNode distinct(PlanNode plan, List<Target> targets, int visible, List<Integer> distinctOn) {
        List<Expression> keys = new ArrayList<>();
        if (distinctOn.isEmpty()) {
            for (int i = 0; i < visible; i++) {
                Target t = targets.get(i);
                keys.add(new Slot(i, t.expr().type(), t.expr().typmod(), t.name()));
            }
        } else {
            for (int index : distinctOn) {
                Target t = targets.get(index);
                keys.add(new Slot(index, t.expr().type(), t.expr().typmod(), t.name()));
            }
        }
        PgType[] types = new PgType[keys.size()];
        for (int i = 0; i < types.length; i++) {
            types[i] = keys.get(i).type();
        }
        return new Distinct(plan, keys.toArray(Expression[]::new), types);
    }

}
