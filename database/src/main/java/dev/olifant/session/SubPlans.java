package dev.olifant.session;

import dev.olifant.catalog.Column;
import dev.olifant.catalog.Table;
import dev.olifant.exec.expr.Expression;
import dev.olifant.exec.expr.ExpressionText;
import dev.olifant.exec.expr.OuterSlot;
import dev.olifant.exec.expr.RowSubqueryExpr;
import dev.olifant.exec.expr.SubqueryExpr;
import dev.olifant.exec.plan.IndexScan;
import dev.olifant.exec.plan.Instrumentation;
import dev.olifant.exec.plan.PlanNode;
import dev.olifant.exec.plan.SeqScan;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * EXPLAIN's names for the subqueries in a plan's expressions, as PostgreSQL prints them. An
 * uncorrelated scalar, EXISTS or ARRAY subquery runs once and is an {@code InitPlan N (returns $k)},
 * referred to as {@code $k}; any other is a {@code SubPlan N}, referred to as {@code (SubPlan N)}, or
 * {@code (hashed SubPlan N)} for an uncorrelated IN, whose rows are kept and looked up. Numbers
 * follow PostgreSQL's planning order: a subquery's own subqueries are numbered before it. Columns of
 * an enclosing query read inside a subquery print qualified, {@code t.a}. Parameter numbers count
 * InitPlans' results and IN / ANY / ALL subqueries' output columns; PostgreSQL also numbers the
 * values passed down to correlated subqueries, which are not counted here.
 */
final class SubPlans {
    private record Entry(int id, boolean initPlan, boolean hashed, int param) {
    }

    private final Map<Expression, Entry> entries = new IdentityHashMap<>();
    /** The slot names of each query level being printed, outermost first. */
    private final List<String[]> levels = new ArrayList<>();
    private int next;
    private int params;

    SubPlans(PlanNode root) {
        number(root);
    }

    /** The subqueries a node's EXPLAIN lines refer to, in order of appearance. */
    List<Expression> referenced(PlanNode node) {
        List<Expression> found = new ArrayList<>();
        ExpressionText.withNames(new ExpressionText.Names() {
            @Override
            public String subquery(Expression subquery) {
                if (!found.contains(subquery)) {
                    found.add(subquery);
                }
                return "";
            }

            @Override
            public String outer(OuterSlot column) {
                return "";
            }
        }, node::explainDetails);
        return found;
    }

    private void number(PlanNode node) {
        for (Expression sub : referenced(node)) {
            if (entries.containsKey(sub)) {
                continue;
            }
            number(plan(sub));
            boolean correlated = sub instanceof SubqueryExpr s ? s.correlated() : ((RowSubqueryExpr) sub).correlated();
            boolean quantified = sub instanceof RowSubqueryExpr
                    || sub instanceof SubqueryExpr s && (s.kind() == SubqueryExpr.Kind.ANY
                            || s.kind() == SubqueryExpr.Kind.ALL);
            boolean initPlan = !correlated && !quantified;
            boolean hashed = !correlated && quantified && !(sub instanceof SubqueryExpr s
                    && s.kind() == SubqueryExpr.Kind.ALL);
            entries.put(sub, new Entry(++next, initPlan, hashed, initPlan ? params++ : -1));
            if (quantified) {
                // the subquery's output columns, compared by the test, are parameters too
                params += sub instanceof RowSubqueryExpr r ? r.width() : 1;
            }
        }
        for (PlanNode c : node.children()) {
            number(c);
        }
    }

    static PlanNode plan(Expression sub) {
        return sub instanceof SubqueryExpr s ? s.plan() : ((RowSubqueryExpr) sub).plan();
    }

    boolean isInitPlan(Expression sub) {
        return entries.get(sub).initPlan();
    }

    /** The section heading: {@code InitPlan 1 (returns $0)} or {@code SubPlan 2}. */
    String heading(Expression sub) {
        Entry e = entries.get(sub);
        return e.initPlan() ? "InitPlan " + e.id() + " (returns $" + e.param() + ")" : "SubPlan " + e.id();
    }

    /** Renders {@code body} (a node's EXPLAIN lines) with subqueries and outer columns named. */
    <T> T render(java.util.function.Supplier<T> body) {
        return ExpressionText.withNames(new ExpressionText.Names() {
            @Override
            public String subquery(Expression subquery) {
                Entry e = entries.get(subquery);
                if (e == null) {
                    return "(SubPlan)";
                }
                return e.initPlan() ? "$" + e.param() : "(" + (e.hashed() ? "hashed " : "") + "SubPlan " + e.id() + ")";
            }

            @Override
            public String outer(OuterSlot column) {
                int level = levels.size() - 1 - column.levelsUp();
                String[] names = level >= 0 ? levels.get(level) : null;
                String n = names != null && column.index() < names.length ? names[column.index()] : null;
                return n != null ? n : "$outer" + column.index();
            }
        }, body);
    }

    /** Enters a query level (the whole plan, or a subquery's) for naming its columns from the levels below. */
    void enter(PlanNode levelRoot) {
        List<String> names = new ArrayList<>();
        collectNames(levelRoot, names);
        levels.add(names.toArray(String[]::new));
    }

    void leave() {
        levels.remove(levels.size() - 1);
    }

    private static void collectNames(PlanNode node, List<String> names) {
        PlanNode shown = node instanceof Instrumentation.Instrumented i ? i.original() : node;
        switch (shown) {
            case SeqScan s -> name(s.table(), s.alias(), s.offset(), names);
            case IndexScan s -> name(s.table(), s.alias(), s.offset(), names);
            default -> {
            }
        }
        for (PlanNode c : node.children()) {
            collectNames(c, names);
        }
    }

    private static void name(Table t, String alias, int offset, List<String> names) {
        String q = alias != null ? alias : t.name();
        for (Column c : t.columns()) {
            int slot = offset + c.attnum() - 1;
            while (names.size() <= slot) {
                names.add(null);
            }
            names.set(slot, q + "." + c.name());
        }
    }
}
