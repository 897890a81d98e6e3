package dev.olifant.sql.analyze;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.exec.expr.Expression;
import dev.olifant.exec.expr.WindowRef;
import dev.olifant.exec.plan.PlanNode;
import dev.olifant.exec.plan.Sort;
import dev.olifant.exec.plan.SortKey;
import dev.olifant.exec.plan.WindowAgg;
import dev.olifant.exec.plan.WindowFrameSpec;
import dev.olifant.exec.plan.WindowFunc;
import dev.olifant.sql.ast.Exists;
import dev.olifant.sql.ast.Expr;
import dev.olifant.sql.ast.FuncCall;
import dev.olifant.sql.ast.InSubquery;
import dev.olifant.sql.ast.ScalarSubquery;
import dev.olifant.sql.ast.SelectStmt;
import dev.olifant.sql.ast.SelectTarget;
import dev.olifant.sql.ast.SimpleSelect;
import dev.olifant.sql.ast.SortBy;
import dev.olifant.sql.ast.WindowDef;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The window functions of one query level (PostgreSQL's transformWindowFuncCall and the
 * planner's window paths). Before the SELECT list is analysed, every window function call of the
 * SELECT list and ORDER BY is collected and its window resolved against the WINDOW clause; calls
 * over the same window share one {@link WindowAgg}. That fixes the order in which the stacked
 * WindowAggs append results, so each call becomes a {@link WindowRef} as soon as it is analysed.
 * After grouping, {@link #plan} stacks a Sort (when the input is not already in the window's
 * order) and a WindowAgg per window.
 */
final class WindowPlanner {
    /** One distinct window: its effective definition and the calls computed over it. */
    private static final class Window {
        final WindowDef def;
        final List<String> callKeys = new ArrayList<>();
        List<SortKey> partition;
        List<SortKey> order;
        WindowFrameSpec frame;

        Window(WindowDef def) {
            this.def = def;
        }
    }

    private final QueryAnalyzer queries;
    private final List<Window> windows = new ArrayList<>();
    /** Call key → its window and position among all calls (the WindowAggs' append order). */
    private final Map<String, Window> windowOfCall = new LinkedHashMap<>();
    private final Map<String, Integer> positionOfCall = new LinkedHashMap<>();
    private final Map<String, WindowFunc> analysed = new LinkedHashMap<>();
    private final Map<String, FuncCall> calls = new LinkedHashMap<>();
    private ExprAnalyzer analyser;

    private WindowPlanner(QueryAnalyzer queries) {
        this.queries = queries;
    }

    /** The window functions of a SELECT, or null when it has none (the WINDOW clause is still checked). */
    static WindowPlanner collect(SimpleSelect s, List<SortBy> orderBy, QueryAnalyzer queries) {
        Map<String, WindowDef> named = WindowDefs.named(s.windows());
        List<FuncCall> found = new ArrayList<>();
        for (SelectTarget t : s.targets()) {
            find(t.expr(), found);
        }
        for (SortBy sb : orderBy) {
            find(sb.expr(), found);
        }
        if (found.isEmpty()) {
            return null;
        }
        WindowPlanner p = new WindowPlanner(queries);
        Map<String, Window> byKey = new LinkedHashMap<>();
        for (FuncCall f : found) {
            String callKey = AstWalk.key(f);
            if (p.calls.containsKey(callKey)) {
                continue;
            }
            WindowDef def = WindowDefs.effective(f.over(), named);
            String windowKey = AstWalk.key(def.partitionBy()) + "|" + AstWalk.key(def.orderBy()) + "|"
                    + AstWalk.key(def.frame());
            Window w = byKey.computeIfAbsent(windowKey, k -> new Window(def));
            w.callKeys.add(callKey);
            p.calls.put(callKey, f);
            p.windowOfCall.put(callKey, w);
        }
        p.windows.addAll(orderWindows(new ArrayList<>(byKey.values()), s, orderBy, named));
        int position = 0;
        for (Window w : p.windows) {
            for (String k : w.callKeys) {
                p.positionOfCall.put(k, position++);
            }
        }
        return p;
    }

    /**
     * PostgreSQL's select_active_windows: windows are sorted on their sort clauses compared as lists
     * of sort-group references (numbered in the order ORDER BY, GROUP BY, DISTINCT and then the
     * windows first mention an expression), higher references first and longer lists before their
     * prefixes, so windows sharing a sort are adjacent; the first window is computed first.
     */
    private static List<Window> orderWindows(List<Window> ws, SimpleSelect s, List<SortBy> orderBy,
            Map<String, WindowDef> named) {
        Map<String, Integer> refs = new java.util.HashMap<>();
        for (SortBy sb : orderBy) {
            ref(refs, targetExpr(sb.expr(), s, true));
        }
        for (Expr g : s.groupBy()) {
            if (!(g instanceof dev.olifant.sql.ast.GroupingSet)) {
                ref(refs, targetExpr(g, s, false));
            }
        }
        if (s.distinct()) {
            if (s.distinctOn().isEmpty()) {
                s.targets().forEach(t -> ref(refs, t.expr()));
            } else {
                s.distinctOn().forEach(e -> ref(refs, targetExpr(e, s, true)));
            }
        }
        List<WindowDef> defs = new ArrayList<>(named.values());
        ws.forEach(w -> defs.add(w.def));
        for (WindowDef d : defs) {
            d.partitionBy().forEach(e -> ref(refs, e));
            d.orderBy().forEach(sb -> ref(refs, sb.expr()));
        }
        List<Window> out = new ArrayList<>(ws);
        out.sort((a, b) -> commonPrefixCompare(uniqueOrder(a.def, refs), uniqueOrder(b.def, refs)));
        return out;
    }

    private static void ref(Map<String, Integer> refs, Expr e) {
        refs.putIfAbsent(AstWalk.key(e), refs.size() + 1);
    }

    /** An ORDER BY / GROUP BY item as the SELECT-list expression it names (ordinal or output name). */
    private static Expr targetExpr(Expr e, SimpleSelect s, boolean namesFirst) {
        if (e instanceof dev.olifant.sql.ast.NumericLiteral n && n.text().matches("[0-9]+")) {
            int pos = Integer.parseInt(n.text());
            if (pos >= 1 && pos <= s.targets().size()) {
                return s.targets().get(pos - 1).expr();
            }
        }
        if (namesFirst && e instanceof dev.olifant.sql.ast.ColumnRef c && c.fields().size() == 1) {
            for (SelectTarget t : s.targets()) {
                if (c.fields().get(0).equals(t.alias())) {
                    return t.expr();
                }
            }
        }
        return e;
    }

    /** A window's sort as {ref, descending, nulls first} triples, duplicates dropped. */
    private static List<int[]> uniqueOrder(WindowDef d, Map<String, Integer> refs) {
        List<int[]> out = new ArrayList<>();
        for (Expr e : d.partitionBy()) {
            addUnique(out, new int[] {refs.get(AstWalk.key(e)), 0, 0});
        }
        for (SortBy sb : d.orderBy()) {
            boolean desc = sb.direction() == dev.olifant.sql.ast.SortDirection.DESC;
            boolean nullsFirst = sb.nulls() == dev.olifant.sql.ast.NullsOrder.DEFAULT ? desc
                    : sb.nulls() == dev.olifant.sql.ast.NullsOrder.FIRST;
            addUnique(out, new int[] {refs.get(AstWalk.key(sb.expr())), desc ? 1 : 0, nullsFirst ? 1 : 0});
        }
        return out;
    }

    private static void addUnique(List<int[]> list, int[] item) {
        for (int[] x : list) {
            if (java.util.Arrays.equals(x, item)) {
                return;
            }
        }
        list.add(item);
    }

    private static int commonPrefixCompare(List<int[]> a, List<int[]> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            for (int k = 0; k < 3; k++) {
                int c = Integer.compare(b.get(i)[k], a.get(i)[k]);
                if (c != 0) {
                    return c;
                }
            }
        }
        return Integer.compare(b.size(), a.size());
    }

    /** Finds window function calls at this query level (not inside subqueries or other window calls). */
    private static void find(Object node, List<FuncCall> out) {
        if (node == null || node instanceof SelectStmt || node instanceof Exists || node instanceof ScalarSubquery) {
            return;
        }
        if (node instanceof InSubquery in) {
            find(in.arg(), out);
            return;
        }
        if (node instanceof FuncCall f && f.over() != null) {
            out.add(f);
            return;
        }
        if (node instanceof List<?> list) {
            list.forEach(o -> find(o, out));
            return;
        }
        if (node instanceof Record r) {
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                try {
                    Object v = c.getAccessor().invoke(r);
                    if (v instanceof Record || v instanceof List<?>) {
                        find(v, out);
                    }
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    /**
     * A window function call met while analysing {@code ex}'s expression: an error where window
     * functions are not allowed, else a reference to its result.
     */
    static Expression call(ExprAnalyzer ex, FuncCall f) {
        WindowPlanner p = ex.windows;
        if (p == null) {
            throw notAllowed(ex, f);
        }
        return p.reference(ex, f);
    }

    private static PgException notAllowed(ExprAnalyzer ex, FuncCall f) {
        String clause = ex.windowClause != null ? ex.windowClause : ex.clause();
        String message;
        if ("\u0000nested".equals(clause)) {
            message = "aggregate function calls cannot contain window function calls";
            return new PgException(SqlState.GROUPING_ERROR, message).withPosition(f.location() + 1);
        }
        if ("\u0000window".equals(clause)) {
            message = "window function calls cannot be nested";
        } else {
            message = "window functions are not allowed in " + (clause == null ? "this context" : clause);
        }
        return new PgException(SqlState.WINDOWING_ERROR, message).withPosition(f.location() + 1);
    }

    private Expression reference(ExprAnalyzer ex, FuncCall f) {
        String key = AstWalk.key(f);
        Integer position = positionOfCall.get(key);
        if (position == null) {
            throw notAllowed(ex, f);
        }
        if (analyser == null) {
            analyser = ex;
        }
        WindowFunc fn = analysed.get(key);
        if (fn == null) {
            fn = WindowCalls.analyse(f, ex.forWindowArguments(), queries);
            analysed.put(key, fn);
        }
        return new WindowRef(positionOfCall.size() - position, fn.type(), fn.name());
    }

    /** Stacks the windows over {@code input} (the FROM clause's or the aggregation's rows). */
    PlanNode plan(PlanNode input) {
        PlanNode plan = input;
        List<SortKey> sorted = List.of();
        for (Window w : windows) {
            ExprAnalyzer defs = analyser.forWindowDefinitions();
            w.partition = new ArrayList<>();
            for (Expr e : w.def.partitionBy()) {
                Expression x = defs.analyzeResolved(e);
                w.partition.add(queries.sortKey(x, new SortBy(e, dev.olifant.sql.ast.SortDirection.DEFAULT, null,
                        dev.olifant.sql.ast.NullsOrder.DEFAULT, e.location())));
            }
            w.order = new ArrayList<>();
            for (SortBy sb : w.def.orderBy()) {
                w.order.add(queries.sortKey(defs.analyzeResolved(sb.expr()), sb));
            }
            w.frame = WindowFrames.analyse(w.def, w.order, defs);
            List<SortKey> needed = new ArrayList<>(w.partition);
            needed.addAll(w.order);
            if (!needed.isEmpty() && !prefixOf(needed, sorted)) {
                plan = new Sort(plan, needed);
                sorted = needed;
            }
            List<WindowFunc> fns = new ArrayList<>();
            for (String k : w.callKeys) {
                WindowFunc fn = analysed.get(k);
                if (fn == null) {
                    fn = WindowCalls.analyse(calls.get(k), analyser.forWindowArguments(), queries);
                    analysed.put(k, fn);
                }
                fns.add(fn);
            }
            plan = new WindowAgg(plan, w.partition, w.order, w.frame, fns);
        }
        return plan;
    }

    /**
     * Whether rows leaving the last WindowAgg are already in the query's ORDER BY order, so no
     * Sort is needed above the windows ({@code keys} sort the projected row {@code outputs}).
     */
    boolean delivers(List<SortKey> keys, Expression[] outputs) {
        Window last = windows.get(windows.size() - 1);
        List<SortKey> have = new ArrayList<>(last.partition);
        have.addAll(last.order);
        List<SortKey> wanted = new ArrayList<>();
        for (SortKey k : keys) {
            if (!(k.expr() instanceof dev.olifant.exec.expr.Slot slot)) {
                return false;
            }
            Expression target = outputs[slot.index()];
            if (target instanceof WindowRef) {
                return false;
            }
            wanted.add(new SortKey(target, k.comparator(), k.descending(), k.nullsFirst(),
                    dev.olifant.exec.expr.ExpressionText.of(target)));
        }
        return prefixOf(wanted, have);
    }

    static boolean prefixOf(List<SortKey> wanted, List<SortKey> have) {
        if (wanted.size() > have.size()) {
            return false;
        }
        for (int i = 0; i < wanted.size(); i++) {
            SortKey a = wanted.get(i);
            SortKey b = have.get(i);
            if (!a.text().equals(b.text()) || a.descending() != b.descending() || a.nullsFirst() != b.nullsFirst()) {
                return false;
            }
        }
        return true;
    }
}
