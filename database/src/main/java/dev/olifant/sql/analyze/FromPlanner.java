package dev.olifant.sql.analyze;

import dev.olifant.catalog.Column;
import dev.olifant.catalog.Relation;
import dev.olifant.catalog.Sequence;
import dev.olifant.catalog.Table;
import dev.olifant.catalog.View;
import dev.olifant.catalog.system.SystemView;
import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.exec.expr.Call;
import dev.olifant.exec.expr.Expression;
import dev.olifant.exec.expr.ExpressionText;
import dev.olifant.exec.expr.Expressions;
import dev.olifant.exec.plan.Filter;
import dev.olifant.exec.plan.JoinKind;
import dev.olifant.exec.plan.NestedLoopJoin;
import dev.olifant.exec.plan.Place;
import dev.olifant.exec.plan.PlanNode;
import dev.olifant.exec.plan.ResultNode;
import dev.olifant.exec.plan.SystemScan;
import dev.olifant.exec.plan.FunctionScan;
import dev.olifant.sql.ast.FuncCall;
import dev.olifant.sql.ast.FunctionRef;
import dev.olifant.types.func.ResolvedFunction;
import dev.olifant.types.func.SetReturningFunctions;
import dev.olifant.sql.analyze.FromItems.BaseItem;
import dev.olifant.sql.analyze.FromItems.FunctionItem;
import dev.olifant.sql.analyze.FromItems.Item;
import dev.olifant.sql.analyze.FromItems.JoinItem;
import dev.olifant.sql.analyze.FromItems.SubqueryItem;
import dev.olifant.sql.analyze.FromItems.SystemItem;
import dev.olifant.sql.ast.And;
import dev.olifant.sql.ast.BinaryOp;
import dev.olifant.sql.ast.ColumnRef;
import dev.olifant.sql.ast.Expr;
import dev.olifant.sql.ast.FromItem;
import dev.olifant.sql.ast.JoinExpr;
import dev.olifant.sql.ast.OperatorName;
import dev.olifant.sql.ast.SubqueryRef;
import dev.olifant.sql.ast.TableRef;
import dev.olifant.types.PgType;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Plans a FROM clause with its WHERE clause: lays out the row (each item owns a segment),
 * registers names in the scope, pushes conditions down to the single table they concern (where
 * indexes can serve them), and joins the items left to right, by hash on equality conditions
 * between the sides and by nested loop otherwise. Inner joins written with JOIN ... ON are
 * flattened into the same list of items and conditions; outer joins stay as units.
 */
final class FromPlanner {
    private final AnalysisContext ctx;
    private final QueryAnalyzer queries;
    private final Scope scope;
    private int width;
    /** The FROM items shaped so far: what a LATERAL item (or a function in FROM) may refer to. */
    private Scope lateral;
    /** Some FROM item was an inner JOIN flattened into the list (join_collapse_limit then applies). */
    private boolean explicitJoins;
    /** Per slot of the row: {@code alias.column}, as EXPLAIN prints a column in a join's conditions. */
    private String[] names = new String[0];

    private record Conjunct(Expression expr, BitSet slots, boolean complete) {
    }

    FromPlanner(AnalysisContext ctx, QueryAnalyzer queries, Scope scope) {
        this.ctx = ctx;
        this.queries = queries;
        this.scope = scope;
    }

    /** The plan for FROM + WHERE; {@code where} may be null. */
    PlanNode plan(List<FromItem> from, Expr where) {
        if (from.isEmpty()) {
            PlanNode base = new ResultNode();
            if (where != null) {
                Expression w = new ExprAnalyzer(ctx, scope, "WHERE", null, queries).analyzeBoolean(where, "WHERE");
                base = new Filter(base, w);
            }
            return base;
        }
        List<Item> items = new ArrayList<>();
        lateral = new Scope(scope.parent());
        int offset = 0;
        for (FromItem fi : from) {
            Item item = shape(fi, offset);
            items.add(item);
            offset += item.width();
        }
        width = offset;
        scope.setWidth(width);
        names = new String[width];
        for (Item item : items) {
            FromItems.qualifiedNames(item, names);
        }
        for (Item item : items) {
            register(item, scope);
        }
        List<Item> units = new ArrayList<>();
        List<Expr> conjunctAsts = new ArrayList<>();
        for (Item item : items) {
            flatten(item, units, conjunctAsts);
        }
        List<Expression> exprs = new ArrayList<>();
        ExprAnalyzer onAnalyzer = new ExprAnalyzer(ctx, scope, "JOIN conditions", null, queries);
        for (Expr on : conjunctAsts) {
            exprs.add(onAnalyzer.analyzeBoolean(on, "JOIN/ON"));
        }
        if (where != null) {
            ExprAnalyzer wa = new ExprAnalyzer(ctx, scope, "WHERE", null, queries);
            for (Expr c : split(where)) {
                exprs.add(wa.analyzeBoolean(c, "WHERE"));
            }
        }
        List<Conjunct> conjuncts = new ArrayList<>();
        for (Expression e : exprs) {
            BitSet slots = new BitSet();
            boolean complete = Expressions.collectSlots(e, slots);
            conjuncts.add(new Conjunct(e, slots, complete));
        }
        return join(units, conjuncts);
    }

    static List<Expr> split(Expr e) {
        List<Expr> out = new ArrayList<>();
        if (e instanceof And a) {
            for (Expr x : a.args()) {
                out.addAll(split(x));
            }
        } else {
            out.add(e);
        }
        return out;
    }

    private Item shape(FromItem fi, int offset) {
        return switch (fi) {
            case TableRef t -> tableItem(t, offset);
            case SubqueryRef s -> {
                Scope sub = new Scope(lateralParent(s.lateral()));
                if (!s.lateral()) {
                    sub.addInvisible(lateral);
                }
                AnalyzedQuery q = queries.analyze(s.query(), sub);
                String alias = s.alias() == null ? null : s.alias().name();
                SubqueryItem item = subqueryItem(q, alias, s.alias() == null ? List.of() : s.alias().columns(), offset,
                        s.location(), s.lateral() && sub.parent() == lateral && sub.referencesOuter());
                lateral.add(item.entry());
                yield item;
            }
            case JoinExpr j -> {
                Item left = shape(j.left(), offset);
                Item right = shape(j.right(), offset + left.width());
                JoinKind kind = switch (j.type()) {
                    case INNER, CROSS -> JoinKind.INNER;
                    case LEFT -> JoinKind.LEFT;
                    case RIGHT -> JoinKind.RIGHT;
                    case FULL -> JoinKind.FULL;
                };
                List<String> using = j.using();
                for (int u = 0; u < using.size(); u++) {
                    if (using.indexOf(using.get(u)) != u) {
                        throw new PgException(SqlState.DUPLICATE_COLUMN, "column name \"" + using.get(u)
                                + "\" appears more than once in USING clause");
                    }
                }
                if (j.natural()) {
                    using = commonColumns(left, right);
                }
                // FULL JOIN ... USING: the merged columns, COALESCE(left, right), get slots of their own after both sides
                int merged = kind == JoinKind.FULL ? using.size() : 0;
                yield new JoinItem(kind, left, right, j.on(), using, offset, left.width() + right.width() + merged,
                        j.alias());
            }
            case FunctionRef f -> {
                FunctionItem item = functionItem(f, offset);
                lateral.add(item.entry());
                yield item;
            }
        };
    }

    private Item tableItem(TableRef t, int offset) {
        String cteName = t.name().parts().size() == 1 ? t.name().last() : null;
        AnalyzedQuery cte = cteName == null ? null : queries.cte(cteName);
        String alias = t.alias() != null ? t.alias().name() : t.name().last();
        List<String> colAliases = t.alias() != null ? t.alias().columns() : List.of();
        if (cte != null) {
            return lateralEntry(subqueryItem(cte, alias, colAliases, offset, t.location(), false));
        }
        SystemView sys = FromItems.systemView(t);
        if (sys != null) {
            return lateralEntry(FromItems.systemItem(sys, alias, colAliases, offset));
        }
        Relation r = Names.queryRelation(ctx, t.name());
        if (r instanceof View v) {
            ctx.privileges().scanned(v);
            AnalyzedQuery q = ctx.privileges().asOwner(v.ownerOid(), () -> queries.analyzeView(v));
            return lateralEntry(subqueryItem(q, alias, colAliases, offset, t.location(), false));
        }
        if (r instanceof Sequence) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "selecting from a sequence is not supported yet")
                    .withPosition(t.location() + 1);
        }
        if (!(r instanceof Table table)) {
            throw new PgException(SqlState.WRONG_OBJECT_TYPE, "\"" + t.name().last() + "\" is an index")
                    .withPosition(t.location() + 1);
        }
        ctx.privileges().scanned(table);
        List<String> names = new ArrayList<>();
        List<PgType> types = new ArrayList<>();
        List<Integer> typmods = new ArrayList<>();
        List<Integer> slots = new ArrayList<>();
        List<Integer> attnums = new ArrayList<>();
        int alias_i = 0;
        for (Column c : table.columns()) {
            if (c.dropped()) {
                continue;
            }
            names.add(alias_i < colAliases.size() ? colAliases.get(alias_i) : c.name());
            alias_i++;
            types.add(c.type());
            typmods.add(c.typmod());
            slots.add(offset + c.attnum() - 1);
            attnums.add(c.attnum());
        }
        if (colAliases.size() > names.size()) {
            throw new PgException(SqlState.INVALID_COLUMN_REFERENCE, "table \"" + alias + "\" has " + names.size()
                    + " columns available but " + colAliases.size() + " columns specified")
                    .withPosition(t.location() + 1);
        }
        int w = table.columns().size() + 1;
        RangeEntry e = new RangeEntry(alias, names, types, typmods, toArray(slots), table.oid(), toArray(attnums),
                offset + w - 1);
        return lateralEntry(new BaseItem(table, alias, offset, w, e, t.only()));
    }

    private FunctionItem functionItem(FunctionRef f, int offset) {
        if (f.rowsFrom() || f.functions().size() != 1 || !(f.functions().get(0) instanceof FuncCall call)) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "this form of function in FROM is not supported yet")
                    .withPosition(f.location() + 1);
        }
        String name = FunctionAnalyzer.lookupName(call);
        Scope argScope = new Scope(lateralParent(true));
        ExprAnalyzer a = new ExprAnalyzer(ctx, argScope, "functions in FROM", null, queries);
        if (!SetReturningFunctions.isSetReturning(name)) {
            Expression value = a.analyze(call);
            return scalarFunctionItem(f, name, value, offset, argScope.parent() == lateral && argScope.referencesOuter());
        }
        List<Expression> args = new ArrayList<>();
        List<PgType> types = new ArrayList<>();
        for (Expr e : call.args()) {
            Expression x = a.analyze(e);
            args.add(x);
            types.add(x.type());
        }
        ResolvedFunction rf;
        try {
            rf = SetReturningFunctions.resolve(name, types);
        } catch (PgException e) {
            throw e.withPosition(call.location() + 1);
        }
        Expression[] coerced = new Expression[args.size()];
        for (int i = 0; i < coerced.length; i++) {
            coerced[i] = Coercions.coerce(args.get(i), rf.argTypes().get(Math.min(i, rf.argTypes().size() - 1)), -1,
                    dev.olifant.types.CoercionContext.IMPLICIT, ctx, call.location());
        }
        String alias = f.alias() == null ? call.name().last() : f.alias().name();
        List<String> colAliases = f.alias() == null ? List.of() : f.alias().columns();
        List<String> names = new ArrayList<>();
        List<PgType> colTypes = new ArrayList<>();
        List<SetReturningFunctions.OutColumn> outs;
        try {
            outs = SetReturningFunctions.outColumns(name, types);
        } catch (PgException e) {
            throw e.withPosition(call.location() + 1);
        }
        if (outs == null) {
            names.add(!colAliases.isEmpty() ? colAliases.get(0) : f.alias() != null ? alias : name);
            colTypes.add(rf.resultType());
        } else {
            for (int i = 0; i < outs.size(); i++) {
                names.add(colAliases.size() > i ? colAliases.get(i) : outs.get(i).name());
                colTypes.add(outs.get(i).type());
            }
        }
        if (f.withOrdinality()) {
            int k = names.size();
            names.add(colAliases.size() > k ? colAliases.get(k) : "ordinality");
            colTypes.add(dev.olifant.types.Types.INT8);
        }
        int n = names.size();
        RangeEntry e = FromItems.functionEntry(alias, names, colTypes, offset);
        return new FunctionItem(name, rf, coerced, f.withOrdinality(), offset, n, e,
                argScope.parent() == lateral && argScope.referencesOuter());
    }

    /**
     * A function that returns one value, called in FROM: a one-row table whose single column is
     * named after the function (or the alias), holding the value even when it is null.
     */
    private FunctionItem scalarFunctionItem(FunctionRef f, String name, Expression value, int offset,
            boolean lateral) {
        ResolvedFunction rf = new ResolvedFunction(name, List.of(value.type()), value.type(), false,
                dev.olifant.types.func.Volatility.VOLATILE, (c, v) -> java.util.Collections.singletonList(v[0]).iterator());
        String alias = f.alias() == null ? name : f.alias().name();
        List<String> colAliases = f.alias() == null ? List.of() : f.alias().columns();
        List<String> names = new ArrayList<>();
        List<PgType> colTypes = new ArrayList<>();
        names.add(!colAliases.isEmpty() ? colAliases.get(0) : f.alias() != null ? alias : name);
        colTypes.add(value.type());
        if (f.withOrdinality()) {
            names.add(colAliases.size() > 1 ? colAliases.get(1) : "ordinality");
            colTypes.add(dev.olifant.types.Types.INT8);
        }
        int n = names.size();
        RangeEntry e = FromItems.functionEntry(alias, names, colTypes, offset);
        return new FunctionItem(name, rf, new Expression[] {value}, f.withOrdinality(), offset, n, e, lateral);
    }

    private static int[] toArray(List<Integer> l) {
        int[] out = new int[l.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = l.get(i);
        }
        return out;
    }

    /**
     * The scope a FROM item's subquery or function arguments see: the FROM items before it when it
     * is LATERAL and there are some (their columns are then one level up, in the pushed row), else
     * only the enclosing query.
     */
    private Scope lateralParent(boolean isLateral) {
        return isLateral && !lateral.entries().isEmpty() ? lateral : scope.parent();
    }

    private <T extends Item> T lateralEntry(T item) {
        switch (item) {
            case BaseItem b -> lateral.add(b.entry());
            case SystemItem y -> lateral.add(y.entry());
            case SubqueryItem q -> lateral.add(q.entry());
            default -> {
            }
        }
        return item;
    }

    private SubqueryItem subqueryItem(AnalyzedQuery q, String alias, List<String> colAliases, int offset, int location,
            boolean isLateral) {
        List<String> names = new ArrayList<>();
        List<PgType> types = new ArrayList<>();
        List<Integer> typmods = new ArrayList<>();
        int[] slots = new int[q.columns().size()];
        long tableOid = 0;
        int[] attnums = new int[slots.length];
        for (int i = 0; i < slots.length; i++) {
            ResultColumn c = q.columns().get(i);
            names.add(i < colAliases.size() ? colAliases.get(i) : c.name());
            types.add(c.type());
            typmods.add(c.typmod());
            slots[i] = offset + i;
        }
        RangeEntry e = new RangeEntry(alias, names, types, typmods, slots, tableOid, attnums, -1);
        return new SubqueryItem(q, alias, offset, slots.length, e, isLateral);
    }

    private List<String> commonColumns(Item left, Item right) {
        List<String> l = new ArrayList<>();
        entries(left, l);
        List<String> r = new ArrayList<>();
        entries(right, r);
        List<String> out = new ArrayList<>();
        for (String n : l) {
            if (r.contains(n) && !out.contains(n)) {
                out.add(n);
            }
        }
        return out;
    }

    private static void entries(Item item, List<String> names) {
        switch (item) {
            case BaseItem b -> names.addAll(b.entry().names());
            case SubqueryItem s -> names.addAll(s.entry().names());
            case SystemItem s -> names.addAll(s.entry().names());
            case FunctionItem s -> names.addAll(s.entry().names());
            case JoinItem j -> {
                entries(j.left(), names);
                entries(j.right(), names);
            }
        }
    }

    /** Adds the item's names to {@code s}, and what {@code *} expands to. */
    private void register(Item item, Scope s) {
        switch (item) {
            case BaseItem b -> addEntry(s, b.entry());
            case SubqueryItem q -> addEntry(s, q.entry());
            case SystemItem q -> addEntry(s, q.entry());
            case FunctionItem q -> addEntry(s, q.entry());
            case JoinItem j when j.alias() != null -> {
                Scope inner = new Scope(null);
                register(new JoinItem(j.kind(), j.left(), j.right(), j.on(), j.using(), j.offset(), j.width(), null),
                        inner);
                addEntry(s, JoinAliases.entry(j.alias(), inner.starColumns()));
                s.addInvisible(inner);
            }
            case JoinItem j -> {
                if (j.using().isEmpty()) {
                    register(j.left(), s);
                    register(j.right(), s);
                    return;
                }
                Scope leftScope = new Scope(null);
                register(j.left(), leftScope);
                Scope rightScope = new Scope(null);
                register(j.right(), rightScope);
                List<ColumnBinding> merged = new ArrayList<>();
                for (String col : j.using()) {
                    ColumnBinding l = leftScope.resolve(null, col, -1);
                    ColumnBinding r = rightScope.resolve(null, col, -1);
                    if (l == null || r == null) {
                        throw new PgException(SqlState.UNDEFINED_COLUMN, "column \"" + col + "\" specified in USING clause does not exist in "
                                + (l == null ? "left" : "right") + " table");
                    }
                    ColumnBinding m = j.kind() == JoinKind.RIGHT ? r : l;
                    if (j.kind() == JoinKind.FULL) {
                        m = FullJoinUsing.merged(l, r, fullMergedSlot(j, merged.size()), col);
                    }
                    merged.add(m);
                    s.addMerged(col, m);
                }
                s.starColumns().addAll(merged);
                for (RangeEntry e : leftScope.entries()) {
                    s.add(e);
                }
                for (RangeEntry e : rightScope.entries()) {
                    s.add(e);
                }
                for (ColumnBinding b : leftScope.starColumns()) {
                    if (!j.using().contains(b.entry().names().get(b.column()))) {
                        s.starColumns().add(b);
                    }
                }
                for (ColumnBinding b : rightScope.starColumns()) {
                    if (!j.using().contains(b.entry().names().get(b.column()))) {
                        s.starColumns().add(b);
                    }
                }
            }
        }
    }

    private static void addEntry(Scope s, RangeEntry e) {
        s.add(e);
        for (int i = 0; i < e.names().size(); i++) {
            s.starColumns().add(new ColumnBinding(e, i, e.slots()[i], e.types().get(i), e.typmods().get(i), 0));
        }
    }

    /** Splits inner joins into units and their ON conditions; outer joins stay whole. */
    private void flatten(Item item, List<Item> units, List<Expr> conjuncts) {
        if (item instanceof JoinItem j && j.kind() == JoinKind.INNER && j.alias() == null) {
            explicitJoins = true;
            flatten(j.left(), units, conjuncts);
            flatten(j.right(), units, conjuncts);
            if (j.on() != null) {
                conjuncts.addAll(split(j.on()));
            }
            for (String col : j.using()) {
                conjuncts.add(usingEquality(j, col));
            }
            return;
        }
        units.add(item);
    }

    private Expr usingEquality(JoinItem j, String col) {
        String l = qualifierFor(j.left(), col);
        String r = qualifierFor(j.right(), col);
        return new BinaryOp(new OperatorName(null, "="), new ColumnRef(List.of(l, col), false, -1),
                new ColumnRef(List.of(r, col), false, -1), -1);
    }

    private static String qualifierFor(Item item, String col) {
        return switch (item) {
            case BaseItem b -> b.entry().indexOf(col) >= 0 ? b.alias() : null;
            case SubqueryItem s -> s.entry().indexOf(col) >= 0 ? s.alias() : null;
            case SystemItem s -> s.entry().indexOf(col) >= 0 ? s.alias() : null;
            case FunctionItem s -> s.entry().indexOf(col) >= 0 ? s.entry().alias() : null;
            case JoinItem j when j.alias() != null ->
                    qualifierFor(j.left(), col) != null || qualifierFor(j.right(), col) != null ? j.alias().name() : null;
            case JoinItem j -> {
                String l = qualifierFor(j.left(), col);
                yield l != null ? l : qualifierFor(j.right(), col);
            }
        };
    }

    private PlanNode join(List<Item> units, List<Conjunct> conjuncts) {
        List<Conjunct> remaining = new ArrayList<>(conjuncts);
        List<PlanNode> plans = new ArrayList<>();
        List<List<Expression>> pushedPerUnit = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            Item u = units.get(i);
            List<Expression> pushed = new ArrayList<>();
            pushedPerUnit.add(pushed);
            for (var it = remaining.iterator(); it.hasNext();) {
                Conjunct c = it.next();
                boolean constantOnly = c.complete() && c.slots().isEmpty();
                if (c.complete() && FromItems.within(c.slots(), u) && (!c.slots().isEmpty() || i == 0 && constantOnly)) {
                    pushed.add(c.expr());
                    it.remove();
                }
            }
            // with one FROM item, a condition holding a subquery can only read that item's row: the scan
            // checks it, after the others (PostgreSQL orders a qualification's subplans last, by cost)
            for (var it = remaining.iterator(); units.size() == 1 && it.hasNext();) {
                Conjunct c = it.next();
                if (!c.complete() && FromItems.within(c.slots(), u) && u instanceof BaseItem) {
                    pushed.add(c.expr());
                    it.remove();
                }
            }
            plans.add(unitPlan(u, pushed));
        }
        PlanNode searched = searchJoinOrder(units, plans, pushedPerUnit, remaining);
        if (searched != null) {
            return searched;
        }
        PlanNode acc = plans.get(0);
        BitSet accSlots = FromItems.range(units.get(0));
        for (int k = 1; k < units.size(); k++) {
            Item u = units.get(k);
            BitSet joined = (BitSet) accSlots.clone();
            joined.or(FromItems.range(u));
            List<Conjunct> applicable = new ArrayList<>();
            for (var it = remaining.iterator(); it.hasNext();) {
                Conjunct c = it.next();
                if (c.complete() && FromItems.subset(c.slots(), joined)) {
                    applicable.add(c);
                    it.remove();
                }
            }
            acc = FromItems.isLateral(u) ? lateralJoin(acc, plans.get(k), u, applicable, JoinKind.INNER)
                    : joinNodes(acc, plans.get(k), accSlots, u, applicable, JoinKind.INNER);
            accSlots = joined;
        }
        if (!remaining.isEmpty()) {
            List<Expression> rest = new ArrayList<>();
            remaining.forEach(c -> rest.add(c.expr()));
            acc = new Filter(acc, AccessPaths.and(rest));
        }
        return acc;
    }

    /**
     * The cost-based plan ({@link JoinSearch}) when every unit is an analyzed table and there are
     * few enough of them; null to join in the order written. Conditions that read more than the
     * units' columns (subqueries, outer references) filter the joined rows.
     */
    private PlanNode searchJoinOrder(List<Item> units, List<PlanNode> plans, List<List<Expression>> pushed,
            List<Conjunct> remaining) {
        PlannerCosts costs = ctx.planner();
        int limit = explicitJoins ? Math.min(costs.joinCollapseLimit(), GEQO_THRESHOLD) : GEQO_THRESHOLD;
        if (units.size() < 2 || units.size() > limit) {
            return null;
        }
        List<JoinSearch.Unit> searchUnits = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            if (!(units.get(i) instanceof BaseItem b) || b.table().storage().stats().statistics() == null) {
                return null;
            }
            searchUnits.add(new JoinSearch.Unit(plans.get(i), FromItems.range(b), b.table(), b.alias(), b.offset(),
                    pushed.get(i), b.table().storage().stats().statistics()));
        }
        List<Expression> clauses = new ArrayList<>();
        List<Expression> rest = new ArrayList<>();
        for (Conjunct c : remaining) {
            (c.complete() && !c.slots().isEmpty() ? clauses : rest).add(c.expr());
        }
        PlanNode joined = new JoinSearch(ctx.catalog(), searchUnits, clauses, costs, names, width).search();
        return rest.isEmpty() ? joined : new Filter(joined, AccessPaths.and(rest));
    }

    private static boolean analyzed(BaseItem b) {
        return b.table().storage().stats().statistics() != null;
    }

    /** An outer join of two analyzed tables: method and sides chosen by cost ({@link JoinSearch#searchOuter}). */
    private PlanNode outerJoinByCost(BaseItem a, BaseItem b, PlanNode left, PlanNode right, List<Conjunct> conds,
            JoinKind kind) {
        List<JoinSearch.Unit> two = List.of(
                new JoinSearch.Unit(left, FromItems.range(a), a.table(), a.alias(), a.offset(), List.of(),
                        a.table().storage().stats().statistics()),
                new JoinSearch.Unit(right, FromItems.range(b), b.table(), b.alias(), b.offset(), List.of(),
                        b.table().storage().stats().statistics()));
        List<Expression> clauses = new ArrayList<>();
        conds.forEach(c -> clauses.add(c.expr()));
        return new JoinSearch(ctx.catalog(), two, clauses, ctx.planner(), names, width).searchOuter(kind);
    }

    /** PostgreSQL's geqo_threshold: beyond this many FROM items its exhaustive search gives way. */
    private static final int GEQO_THRESHOLD = 12;

    private PlanNode joinNodes(PlanNode outer, PlanNode inner, BitSet outerSlots, Item innerItem, List<Conjunct> conds,
            JoinKind kind) {
        List<Expression> outerKeys = new ArrayList<>();
        List<Expression> innerKeys = new ArrayList<>();
        List<PgType> keyTypes = new ArrayList<>();
        List<Expression> residual = new ArrayList<>();
        BitSet innerSlots = FromItems.range(innerItem);
        for (Conjunct c : conds) {
            if (c.expr() instanceof Call call && call.name().equals("=") && call.args().length == 2
                    && call.args()[0].type().equals(call.args()[1].type())) {
                BitSet a = slotsOf(call.args()[0]);
                BitSet b = slotsOf(call.args()[1]);
                if (a != null && b != null && !a.isEmpty() && !b.isEmpty()) {
                    if (FromItems.subset(a, outerSlots) && FromItems.subset(b, innerSlots)) {
                        outerKeys.add(call.args()[0]);
                        innerKeys.add(call.args()[1]);
                        keyTypes.add(call.args()[0].type());
                        continue;
                    }
                    if (FromItems.subset(b, outerSlots) && FromItems.subset(a, innerSlots)) {
                        outerKeys.add(call.args()[1]);
                        innerKeys.add(call.args()[0]);
                        keyTypes.add(call.args()[0].type());
                        continue;
                    }
                }
            }
            residual.add(c.expr());
        }
        int start = innerItem.offset();
        int end = innerItem.offset() + innerItem.width();
        if (!outerKeys.isEmpty()) {
            return HashSides.choose(outer, inner, outerKeys.toArray(Expression[]::new),
                    innerKeys.toArray(Expression[]::new), keyTypes.toArray(PgType[]::new), AccessPaths.and(residual),
                    kind, names, width, outerSlots, start, end);
        }
        Expression cond = AccessPaths.and(residual);
        return new NestedLoopJoin(outer, inner, cond, kind, width, new int[] {start, end}, JoinText.of(cond, names));
    }

    private static BitSet slotsOf(Expression e) {
        BitSet b = new BitSet();
        return Expressions.collectSlots(e, b) ? b : null;
    }

    private PlanNode unitPlan(Item u, List<Expression> pushed) {
        return switch (u) {
            case BaseItem b -> b.table().isPartitioned()
                    ? PartitionScans.scan(ctx.catalog(), b.table(), b.alias(), b.offset(), width, pushed, b.only(),
                            ctx.planner())
                    : InheritScans.expands(ctx.catalog(), b.table(), b.only())
                    ? InheritScans.scan(ctx, b.table(), b.alias(), b.offset(), width, pushed, ctx.planner())
                    : AccessPaths.scan(ctx, ctx.catalog(), b.table(), b.alias(), b.offset(), width, pushed,
                            ctx.planner());
            case SubqueryItem s -> {
                PlanNode p = new Place(s.query().plan(), s.offset(), width, s.alias() == null ? "unnamed_subquery"
                        : s.alias());
                yield pushed.isEmpty() ? p : new Filter(p, AccessPaths.and(pushed));
            }
            case FunctionItem fi -> new FunctionScan(fi.name(), fi.entry().alias(), fi.function().impl(), fi.args(), fi.function().strict(),
                    fi.ordinality(), fi.offset(), width, AccessPaths.and(pushed));
            case SystemItem s -> new SystemScan(s.view(), s.alias(), s.offset(), width, AccessPaths.and(pushed));
            case JoinItem j -> {
                PlanNode p = outerJoin(j);
                yield pushed.isEmpty() ? p : new Filter(p, AccessPaths.and(pushed));
            }
        };
    }

    /** An outer join unit: both sides planned on their own, the ON condition decides matches. */
    private PlanNode outerJoin(JoinItem j) {
        Scope onScope = new Scope(scope.parent());
        register(j.left(), onScope);
        register(j.right(), onScope);
        List<Conjunct> conds = new ArrayList<>();
        ExprAnalyzer a = new ExprAnalyzer(ctx, onScope, "JOIN conditions", null, queries);
        List<Expr> asts = new ArrayList<>();
        if (j.on() != null) {
            asts.addAll(split(j.on()));
        }
        for (String col : j.using()) {
            asts.add(usingEquality(j, col));
        }
        for (Expr e : asts) {
            Expression x = a.analyzeBoolean(e, "JOIN/ON");
            BitSet slots = new BitSet();
            boolean complete = Expressions.collectSlots(x, slots);
            conds.add(new Conjunct(x, slots, complete));
            if (j.kind() == JoinKind.FULL) {
                FullJoinConditions.check(x, slots, FromItems.range(j.left()), FromItems.range(j.right()));
            }
        }
        if (onScope.referencesOuter()) {
            scope.markOuterReference();
        }
        PlanNode left = unitPlan(j.left(), List.of());
        PlanNode right = unitPlan(j.right(), List.of());
        if (FromItems.isLateral(j.right())) {
            return lateralJoin(left, right, j.right(), conds, j.kind());
        }
        PlanNode joined = j.left() instanceof BaseItem lb && j.right() instanceof BaseItem rb && analyzed(lb)
                && analyzed(rb) ? outerJoinByCost(lb, rb, left, right, conds, j.kind())
                : joinNodes(left, right, FromItems.range(j.left()), j.right(), conds, j.kind());
        if (j.kind() != JoinKind.FULL || j.using().isEmpty()) {
            return joined;
        }
        int[][] pairs = new int[j.using().size()][];
        ColumnBinding[] bindings = new ColumnBinding[pairs.length];
        for (int i = 0; i < pairs.length; i++) {
            Scope ls = new Scope(null);
            register(j.left(), ls);
            Scope rs = new Scope(null);
            register(j.right(), rs);
            ColumnBinding l = ls.resolve(null, j.using().get(i), -1);
            ColumnBinding r = rs.resolve(null, j.using().get(i), -1);
            pairs[i] = new int[] {l.slot(), r.slot(), fullMergedSlot(j, i)};
            bindings[i] = FullJoinUsing.merged(l, r, pairs[i][2], j.using().get(i));
        }
        return FullJoinUsing.mergeColumns(joined, width, pairs, bindings);
    }

    private static int fullMergedSlot(JoinItem j, int i) {
        return j.offset() + j.left().width() + j.right().width() + i;
    }

    private PlanNode lateralJoin(PlanNode outer, PlanNode inner, Item innerItem, List<Conjunct> conds, JoinKind kind) {
        if (kind != JoinKind.INNER && kind != JoinKind.LEFT) {
            throw new PgException(SqlState.INVALID_COLUMN_REFERENCE,
                    "the combining JOIN type must be INNER or LEFT for a LATERAL reference");
        }
        List<Expression> c = new ArrayList<>();
        conds.forEach(x -> c.add(x.expr()));
        return new dev.olifant.exec.plan.LateralJoin(outer, inner, AccessPaths.and(c), kind, width, innerItem.offset(),
                innerItem.offset() + innerItem.width());
    }

}
