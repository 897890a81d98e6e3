package dev.olifant.sql.analyze;

import dev.olifant.catalog.Catalog;
import dev.olifant.catalog.Index;
import dev.olifant.catalog.Table;
import dev.olifant.exec.expr.BoolExpr;
import dev.olifant.exec.expr.Call;
import dev.olifant.exec.expr.Expression;
import dev.olifant.exec.expr.ExpressionText;
import dev.olifant.exec.expr.Expressions;
import dev.olifant.exec.expr.Slot;
import dev.olifant.exec.plan.IndexScan;
import dev.olifant.exec.plan.PlanNode;
import dev.olifant.exec.plan.SeqScan;
import dev.olifant.storage.RelationStatistics;
import java.util.ArrayList;
import java.util.List;

/**
 * Chooses how to read one table given the conditions that apply to it alone: an index scan when
 * an index's leading columns are compared with values known before the scan (constants,
 * parameters, outer references), else a sequential scan. Equality on more leading columns wins;
 * a unique index fully matched by equalities returns at most one row. Once ANALYZE has gathered
 * statistics, row estimates come from them ({@link Selectivity}), and an index scan expected to
 * return a large part of the table gives way to a sequential scan.
 */
final class AccessPaths {
    /**
     * Above this estimated fraction of an analyzed table's rows, reading the whole table costs
     * less than following the index entry by entry, so a sequential scan wins.
     */
    static final double SEQ_SCAN_FRACTION = 0.2;

    private AccessPaths() {
    }

    /**
     * @param conjunct the qualification as written
     * @param shown    the same with the indexed column on the left, as EXPLAIN prints Index Cond
     */
    private record Bound(Expression value, boolean inclusive, Expression conjunct, Expression shown) {
    }

    /** One index's way of answering the conditions: the scan, how well it matches, whether it returns one row. */
    private record Candidate(IndexScan scan, int score, boolean unique) {
    }

    static PlanNode scan(Catalog catalog, Table table, String alias, int offset, int width, List<Expression> pushed) {
        return scan(catalog, table, alias, offset, width, pushed, PlannerCosts.DEFAULTS);
    }

    /**
     * As above, honouring enable_indexscan (no index scan) and enable_seqscan (an index scan
     * wherever an index answers a condition, however many rows it returns).
     */
    static PlanNode scan(Catalog catalog, Table table, String alias, int offset, int width, List<Expression> pushed,
            PlannerCosts costs) {
        return scan(null, catalog, table, alias, offset, width, pushed, costs);
    }

    /** As above; with an analysis context, indexes with expression keys are considered too. */
    static PlanNode scan(AnalysisContext actx, Catalog catalog, Table table, String alias, int offset, int width,
            List<Expression> pushed, PlannerCosts costs) {
        List<Expression> quals = conjuncts(pushed);
        RelationStatistics stats = table.storage().stats().statistics();
        double tableRows = tableRows(table, stats);
        Candidate best = null;
        for (long oid : costs.enableIndexscan() ? table.indexOids() : List.<Long>of()) {
            if (!(catalog.relation(oid) instanceof Index idx) || !usable(table, idx)
                    && !PartialIndexes.usableFor(table, idx, quals) && !IndexExpressionMatch.usable(actx, table, idx)) {
                continue;
            }
            Candidate c = candidate(table, alias, offset, width, idx, quals, stats,
                    IndexExpressionMatch.keys(actx, table, idx));
            if (Index.HASH.equals(idx.method()) && c.scan().equalKeys().length < idx.keyColumns().size()) {
                continue; // a hash index answers equality on its column only
            }
            if (c.score() > 0 && (best == null || c.score() > best.score())) {
                best = c;
            }
        }
        if (!costs.enableSeqscan() && best != null) {
            return best.scan();
        }
        if (best != null && (stats == null || best.unique()
                || best.scan().estimatedRows() <= SEQ_SCAN_FRACTION * tableRows)) {
            return best.scan();
        }
        double rows = stats == null ? tableRows : Math.max(1, tableRows * new Selectivity(table, offset, stats).of(quals));
        return new SeqScan(table, alias, offset, width, and(quals), rows);
    }

    /**
     * A scan of {@code idx} in index order answering as many of the sequential scan's conditions
     * as the index can (equalities on leading columns, then a range), the rest as its filter: what
     * an ORDER BY ... LIMIT uses instead of the sequential scan.
     */
    static IndexScan inIndexOrder(SeqScan seq, Index idx) {
        Table table = seq.table();
        List<Expression> quals = seq.filter() == null ? List.of() : conjuncts(List.of(seq.filter()));
        return candidate(table, seq.alias(), seq.offset(), seq.rowWidth(), idx, quals,
                table.storage().stats().statistics(), List.of()).scan();
    }

    /** Whether {@code idx} is a plain btree over columns of {@code table} whose storage exists. */
    static boolean usable(Table table, Index idx) {
        return idx.predicate() == null && !idx.keyColumns().contains(0) && table.storage().index(idx.oid()) != null;
    }

    private static double tableRows(Table table, RelationStatistics stats) {
        return Math.max(1, stats != null ? stats.reltuples() : table.storage().heap().size());
    }

    private static Candidate candidate(Table table, String alias, int offset, int width, Index idx,
            List<Expression> quals, RelationStatistics stats, List<Expression> keyExprs) {
        List<Expression> eq = new ArrayList<>();
        List<Expression> used = new ArrayList<>();
        List<Expression> shownUsed = new ArrayList<>();
        int k = 0;
        for (; k < idx.keyColumns().size(); k++) {
            Bound b = keyBound(quals, offset, table, idx, keyExprs, k, "=");
            if (b == null) {
                break;
            }
            eq.add(b.value());
            used.add(b.conjunct());
            shownUsed.add(b.shown());
        }
        Bound low = null;
        Bound high = null;
        if (k < idx.keyColumns().size()) {
            boolean desc = idx.descending().get(k);
            Bound gt = first(keyBound(quals, offset, table, idx, keyExprs, k, ">"),
                    keyBound(quals, offset, table, idx, keyExprs, k, ">="));
            Bound lt = first(keyBound(quals, offset, table, idx, keyExprs, k, "<"),
                    keyBound(quals, offset, table, idx, keyExprs, k, "<="));
            low = desc ? lt : gt;
            high = desc ? gt : lt;
        }
        boolean fullUnique = idx.unique() && k == idx.keyColumns().size();
        // A partial index's predicate terms narrow the scan like its conditions do; they stay in the
        // filter that runs (the index may hold more rows than its predicate admits) but, as in
        // PostgreSQL, are not shown.
        List<Expression> implied = PartialIndexes.implied(idx, quals);
        int score = k * 10 + (low != null || high != null ? 5 : 0) + (fullUnique ? 100 : 0) + (implied.isEmpty() ? 0 : 3);
        List<Expression> residual = new ArrayList<>(quals);
        residual.removeAll(used);
        List<Expression> shown = new ArrayList<>(residual);
        shown.removeAll(implied);
        if (low != null) {
            shown.remove(low.conjunct());
        }
        if (high != null) {
            shown.remove(high.conjunct());
        }
        List<Expression> cond = new ArrayList<>(shownUsed);
        if (low != null) {
            cond.add(low.shown());
        }
        if (high != null) {
            cond.add(high.shown());
        }
        double tableRows = tableRows(table, stats);
        List<Expression> narrowing = new ArrayList<>(cond);
        narrowing.addAll(implied);
        double rows = fullUnique ? 1
                : stats != null ? Math.max(1, tableRows * new Selectivity(table, offset, stats).of(narrowing))
                : k > 0 || !implied.isEmpty() ? Math.max(1, tableRows / 100) : tableRows / 3;
        IndexScan scan = new IndexScan(table, alias, offset, width, idx, eq.toArray(Expression[]::new),
                low == null ? null : low.value(), low != null && low.inclusive(),
                high == null ? null : high.value(), high != null && high.inclusive(), false,
                and(residual), text(cond), and(shown), rows);
        return new Candidate(scan, score, fullUnique);
    }

    private static List<Expression> conjuncts(List<Expression> pushed) {
        List<Expression> quals = new ArrayList<>();
        pushed.forEach(q -> conjuncts(q, quals));
        return quals;
    }

    /** Splits nested ANDs (as BETWEEN produces) into separate conditions. */
    private static void conjuncts(Expression q, List<Expression> out) {
        if (q instanceof BoolExpr b && b.kind() == BoolExpr.Kind.AND) {
            for (Expression a : b.args()) {
                conjuncts(a, out);
            }
        } else {
            out.add(q);
        }
    }

    private static Bound first(Bound a, Bound b) {
        return a != null ? a : b;
    }

    /** A qualification bounding key column {@code k} of {@code idx}: a plain column or an expression key. */
    private static Bound keyBound(List<Expression> quals, int offset, Table table, Index idx, List<Expression> keyExprs,
            int k, String op) {
        int att = idx.keyColumns().get(k);
        if (att > 0) {
            return find(quals, offset + att - 1, table, att, op);
        }
        int e = 0;
        for (int i = 0; i < k; i++) {
            if (idx.keyColumns().get(i) == 0) {
                e++;
            }
        }
        if (e >= keyExprs.size()) {
            return null;
        }
        Expression key = keyExprs.get(e);
        for (Expression q : quals) {
            if (!(q instanceof Call c) || c.args().length != 2) {
                continue;
            }
            Expression l = c.args()[0];
            Expression r = c.args()[1];
            if (!l.type().equals(key.type()) || !r.type().equals(key.type())) {
                continue;
            }
            if (c.name().equals(op) && IndexExpressionMatch.matches(l, key, offset) && Expressions.isRowIndependent(r)) {
                return new Bound(r, op.length() == 2 || op.equals("="), q, q);
            }
            if (c.name().equals(commute(op)) && IndexExpressionMatch.matches(r, key, offset)
                    && Expressions.isRowIndependent(l)) {
                return commuted(c, op, q);
            }
        }
        return null;
    }

    /**
     * A qualification {@code slot op value} (or {@code value op' slot}) comparing the column in
     * its own type with a row-independent value.
     */
    private static Bound find(List<Expression> quals, int slot, Table table, int attnum, String op) {
        var type = table.column(attnum).type();
        for (Expression q : quals) {
            if (!(q instanceof Call c) || c.args().length != 2) {
                continue;
            }
            Expression l = c.args()[0];
            Expression r = c.args()[1];
            if (!l.type().equals(type) || !r.type().equals(type)) {
                continue;
            }
            if (c.name().equals(op) && l instanceof Slot s && s.index() == slot && Expressions.isRowIndependent(r)) {
                return new Bound(r, op.length() == 2 || op.equals("="), q, q);
            }
            if (c.name().equals(commute(op)) && r instanceof Slot s && s.index() == slot
                    && Expressions.isRowIndependent(l)) {
                return commuted(c, op, q);
            }
        }
        return null;
    }

    /**
     * The bound of {@code value op' key} (a call {@code c} of the commuted operator): the value is
     * the left operand, and EXPLAIN shows the condition as {@code key op value}.
     */
    private static Bound commuted(Call c, String op, Expression q) {
        Expression l = c.args()[0];
        Expression r = c.args()[1];
        var f = c.function();
        Call shown = new Call(op, (ctx, a) -> f.invoke(ctx, new Object[] {a[1], a[0]}),
                new Expression[] {r, l}, c.strict(), c.constantFolding(), c.type(), c.typmod());
        return new Bound(l, op.length() == 2 || op.equals("="), q, shown);
    }

    /** The operator with its operands swapped: {@code a < b} is {@code b > a}. */
    static String commute(String op) {
        return switch (op) {
            case "<" -> ">";
            case ">" -> "<";
            case "<=" -> ">=";
            case ">=" -> "<=";
            default -> op;
        };
    }

    static Expression and(List<Expression> quals) {
        if (quals.isEmpty()) {
            return null;
        }
        return quals.size() == 1 ? quals.get(0) : new BoolExpr(BoolExpr.Kind.AND, quals.toArray(Expression[]::new));
    }

    private static String text(List<Expression> cond) {
        if (cond.isEmpty()) {
            return null;
        }
        return ExpressionText.of(and(cond));
    }
}
