package dev.olifant.sql.analyze;

import dev.olifant.catalog.Catalog;
import dev.olifant.catalog.Index;
import dev.olifant.catalog.Table;
import dev.olifant.exec.expr.BoolExpr;
import dev.olifant.exec.expr.Call;
import dev.olifant.exec.expr.Expression;
import dev.olifant.exec.expr.ExpressionText;
import dev.olifant.exec.expr.Slot;
import dev.olifant.exec.plan.HashJoin;
import dev.olifant.exec.plan.IndexScan;
import dev.olifant.exec.plan.JoinKind;
import dev.olifant.exec.plan.MergeJoin;
import dev.olifant.exec.plan.NestedLoopJoin;
import dev.olifant.exec.plan.ParamNestedLoop;
import dev.olifant.exec.plan.PlanNode;
import dev.olifant.exec.plan.Rows;
import dev.olifant.exec.plan.SeqScan;
import dev.olifant.exec.plan.Sort;
import dev.olifant.exec.plan.SortKey;
import dev.olifant.storage.ColumnStatistics;
import dev.olifant.storage.RelationStatistics;
import dev.olifant.types.PgType;
import dev.olifant.types.ValueOps;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Cost-based join order and method for the inner joins of one FROM clause among analyzed tables
 * (PostgreSQL's standard_join_search): dynamic programming over sets of tables, smallest first.
 * Each set's cheapest plan is built from every split of it into two smaller sets that a join
 * condition connects (a cartesian product only when no split is connected), trying a hash join
 * (either side hashed), a merge join (each side sorted, or read in order from an index), a nested
 * loop over a parameterised inner index scan, and a plain nested loop. A set's row count is
 * computed once from the tables' estimates and the conditions' selectivities, whatever the order.
 */
final class JoinSearch {
    /** PostgreSQL's DEFAULT_NUM_DISTINCT, for a column without statistics. */
    private static final double DEFAULT_NUM_DISTINCT = 200;

    /** An analyzed base table with the conditions on it alone already applied by {@code plan}. */
    record Unit(PlanNode plan, BitSet slots, Table table, String alias, int offset, List<Expression> pushed,
            RelationStatistics stats) {
    }

    /**
     * A plan for a set of units; {@code orderSlot} is the slot its rows ascend by, -1 when unordered.
     * The plan is built only when asked for: most paths the search prices lose and are never built.
     *
     * @param sortsInnerOnly a merge join reading an ordered outer side and sorting its inner side
     */
    private record Path(Supplier<PlanNode> build, long units, BitSet slots, double rows, double cost, int orderSlot,
            boolean sortsInnerOnly) {
        Path(PlanNode plan, long units, BitSet slots, double rows, double cost, int orderSlot) {
            this(() -> plan, units, slots, rows, cost, orderSlot, false);
        }

        Path {
            Supplier<PlanNode> b = build;
            PlanNode[] built = new PlanNode[1];
            build = () -> built[0] != null ? built[0] : (built[0] = b.get());
        }

        PlanNode plan() {
            return build.get();
        }
    }

    /** An equality usable as a hash or merge key, oriented outer side first. */
    private record Key(Expression outer, Expression inner, PgType type, Expression clause) {
    }

    private final Catalog catalog;
    private final List<Unit> units;
    private final List<Expression> clauses;
    private final long[] clauseUnits;
    private final CostModel costs;
    private final String[] names;
    private final int width;
    private final Map<Long, Double> rows = new HashMap<>();
    /** The join type being planned: INNER throughout the order search, an outer join's in {@link #searchOuter}. */
    private JoinKind kind = JoinKind.INNER;

    /**
     * @param clauses conditions each reading two or more units, and nothing but their columns
     * @param names   per slot: its qualified name for EXPLAIN
     */
    JoinSearch(Catalog catalog, List<Unit> units, List<Expression> clauses, PlannerCosts settings, String[] names,
            int width) {
        this.catalog = catalog;
        this.units = units;
        this.clauses = clauses;
        this.costs = new CostModel(settings);
        this.names = names;
        this.width = width;
        this.clauseUnits = new long[clauses.size()];
        for (int i = 0; i < clauses.size(); i++) {
            BitSet s = slots(clauses.get(i));
            for (int u = 0; u < units.size(); u++) {
                if (units.get(u).slots().intersects(s)) {
                    clauseUnits[i] |= 1L << u;
                }
            }
        }
    }

    /** The cheapest plan joining all units under all clauses. */
    PlanNode search() {
        int n = units.size();
        Path[] best = new Path[1 << n];
        List<List<Path>> ordered = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            best[1 << i] = basePath(i);
            ordered.add(orderedPaths(i));
        }
        for (int size = 2; size <= n; size++) {
            for (long mask = 1; mask < 1L << n; mask++) {
                if (Long.bitCount(mask) != size) {
                    continue;
                }
                boolean anyConnected = false;
                for (long l = (mask - 1) & mask; l > 0; l = (l - 1) & mask) {
                    if (best[(int) l] != null && best[(int) (mask ^ l)] != null && connected(l, mask ^ l)) {
                        anyConnected = true;
                        break;
                    }
                }
                // splits in ascending order, so that on a tie the earlier-written table is the outer side
                for (long l = -mask & mask; l != mask; l = (l - mask) & mask) {
                    long r = mask ^ l;
                    if (best[(int) l] == null || best[(int) r] == null || anyConnected && !connected(l, r)) {
                        continue;
                    }
                    List<Path> outers = alternatives(best[(int) l], l, ordered);
                    List<Path> inners = alternatives(best[(int) r], r, ordered);
                    best[(int) mask] = cheaper(best[(int) mask], join(outers, inners, l, r, mask));
                }
            }
        }
        return best[(1 << n) - 1].plan();
    }

    /**
     * The cheapest plan for an outer join of the two units under all clauses (the ON condition):
     * written as is, or commuted (a LEFT join of a and b is a RIGHT join of b and a), as PostgreSQL
     * considers both. The outer join's conditions stay join conditions, none is pushed down.
     */
    PlanNode searchOuter(JoinKind joinKind) {
        Path a = basePath(0);
        Path b = basePath(1);
        List<List<Path>> ordered = List.of(orderedPaths(0), orderedPaths(1));
        kind = joinKind;
        Path best = join(alternatives(a, 1, ordered), alternatives(b, 2, ordered), 1, 2, 3);
        kind = switch (joinKind) {
            case LEFT -> JoinKind.RIGHT;
            case RIGHT -> JoinKind.LEFT;
            default -> joinKind;
        };
        best = cheaper(best, join(alternatives(b, 2, ordered), alternatives(a, 1, ordered), 2, 1, 3));
        kind = JoinKind.INNER;
        return best.plan();
    }

    private Path basePath(int i) {
        Unit u = units.get(i);
        return new Path(u.plan(), 1L << i, u.slots(), u.plan().estimatedRows(), costs.scan(u.plan()), orderOf(u.plan()));
    }

    private static List<Path> alternatives(Path cheapest, long set, List<List<Path>> ordered) {
        List<Path> out = new ArrayList<>();
        out.add(cheapest);
        if (Long.bitCount(set) == 1) {
            out.addAll(ordered.get(Long.numberOfTrailingZeros(set)));
        }
        return out;
    }

    private boolean connected(long l, long r) {
        for (long cu : clauseUnits) {
            if ((cu & l) != 0 && (cu & r) != 0 && (cu & ~(l | r)) == 0) {
                return true;
            }
        }
        return false;
    }

    /** The rows of a set of units: the product of their rows and of the selectivities of the clauses within it. */
    private double rowsOf(long mask) {
        return rows.computeIfAbsent(mask, m -> {
            double r = 1;
            for (int i = 0; i < units.size(); i++) {
                if ((m & (1L << i)) != 0) {
                    r *= Math.max(1, units.get(i).plan().estimatedRows());
                }
            }
            for (int i = 0; i < clauses.size(); i++) {
                if ((clauseUnits[i] & ~m) == 0) {
                    r *= selectivity(clauses.get(i));
                }
            }
            return Math.max(1, Math.rint(r));
        });
    }

    private Path join(List<Path> outers, List<Path> inners, long l, long r, long mask) {
        List<Key> keys = new ArrayList<>();
        List<Expression> residual = new ArrayList<>();
        BitSet outerSlots = outers.get(0).slots();
        BitSet innerSlots = inners.get(0).slots();
        for (int i = 0; i < clauses.size(); i++) {
            long cu = clauseUnits[i];
            if ((cu & ~mask) != 0 || kind == JoinKind.INNER && ((cu & ~l) == 0 || (cu & ~r) == 0)) {
                continue;
            }
            Key k = key(clauses.get(i), outerSlots, innerSlots);
            if (k != null) {
                keys.add(k);
            } else {
                residual.add(clauses.get(i));
            }
        }
        double joinRows = rowsOf(mask);
        Path o0 = outers.get(0);
        Path in0 = inners.get(0);
        switch (kind) {
            case LEFT -> joinRows = Math.max(joinRows, o0.rows());
            case RIGHT -> joinRows = Math.max(joinRows, in0.rows());
            case FULL -> joinRows = Math.max(joinRows, Math.max(o0.rows(), in0.rows()));
            default -> {
            }
        }
        BitSet slots = (BitSet) outerSlots.clone();
        slots.or(innerSlots);
        Path o = outers.get(0);
        Path in = inners.get(0);
        Path best = nestLoop(o, in, keys, residual, joinRows, mask, slots);
        if (!keys.isEmpty()) {
            best = cheaper(best, hashJoin(o, in, keys, residual, joinRows, mask, slots));
            for (Path op : outers) {
                for (Path ip : inners) {
                    best = cheaper(best, mergeJoin(op, ip, keys, residual, joinRows, mask, slots));
                }
            }
            if (Long.bitCount(r) == 1 && (kind == JoinKind.INNER || kind == JoinKind.LEFT)) {
                best = cheaper(best, paramNestLoop(o, Long.numberOfTrailingZeros(r), keys, residual, joinRows, mask,
                        slots));
            }
        }
        return best;
    }

    /** PostgreSQL's STD_FUZZ_FACTOR: costs closer than this ratio count as equal. */
    private static final double FUZZ = 1.01;

    /**
     * The cheaper path; between two costing the same within the fuzz factor, a merge join that
     * reads an ordered outer side and sorts its inner side, the shape PostgreSQL arrives at there.
     */
    private static Path cheaper(Path a, Path b) {
        if (b == null) {
            return a;
        }
        if (a == null) {
            return b;
        }
        if (a.sortsInnerOnly() != b.sortsInnerOnly()
                && Math.max(a.cost(), b.cost()) <= FUZZ * Math.min(a.cost(), b.cost())) {
            return a.sortsInnerOnly() ? a : b;
        }
        return b.cost() < a.cost() ? b : a;
    }

    private Key key(Expression clause, BitSet outerSlots, BitSet innerSlots) {
        if (!(clause instanceof Call c) || !c.name().equals("=") || c.args().length != 2
                || !c.args()[0].type().equals(c.args()[1].type())) {
            return null;
        }
        BitSet a = slots(c.args()[0]);
        BitSet b = slots(c.args()[1]);
        if (a.isEmpty() || b.isEmpty()) {
            return null;
        }
        if (subset(a, outerSlots) && subset(b, innerSlots)) {
            return new Key(c.args()[0], c.args()[1], c.args()[0].type(), clause);
        }
        if (subset(b, outerSlots) && subset(a, innerSlots)) {
            return new Key(c.args()[1], c.args()[0], c.args()[0].type(), clause);
        }
        return null;
    }

    private Path hashJoin(Path o, Path in, List<Key> keys, List<Expression> residual, double joinRows, long mask,
            BitSet slots) {
        double bucket = 1 / Math.max(1, Math.min(distinct(keys.get(0).inner()) * scale(in), in.rows()));
        bucket = Math.max(bucket, 1.0 / 1024);
        double cost = costs.hashJoin(o.cost(), o.rows(), in.cost(), in.rows(), keys.size(), bucket, joinRows,
                residual.size());
        JoinKind k = kind;
        return new Path(() -> {
            Expression[] ok = keys.stream().map(Key::outer).toArray(Expression[]::new);
            Expression[] ik = keys.stream().map(Key::inner).toArray(Expression[]::new);
            PgType[] types = keys.stream().map(Key::type).toArray(PgType[]::new);
            return new HashJoin(o.plan(), in.plan(), ok, ik, types, AccessPaths.and(residual), k,
                    keyText(keys), width, Rows.runs(in.slots()), residualText(residual));
        }, mask, slots, joinRows, cost, -1, false);
    }

    private Path mergeJoin(Path o, Path in, List<Key> keys, List<Expression> residual, double joinRows, long mask,
            BitSet slots) {
        List<Comparator<Object>> comparators = new ArrayList<>();
        for (Key k : keys) {
            Comparator<Object> cmp = ValueOps.comparator(k.type());
            if (cmp == null) {
                return null;
            }
            comparators.add(cmp);
        }
        boolean single = keys.size() == 1;
        boolean outerSorted = single && keys.get(0).outer() instanceof Slot s && s.index() == o.orderSlot();
        boolean innerSorted = single && keys.get(0).inner() instanceof Slot s && s.index() == in.orderSlot();
        double[] fractions = scanFractions(keys.get(0));
        // a side whose unmatched rows are emitted is read to its end
        if (kind == JoinKind.LEFT || kind == JoinKind.FULL) {
            fractions[0] = 1;
        }
        if (kind == JoinKind.RIGHT || kind == JoinKind.FULL) {
            fractions[1] = 1;
        }
        double outerRead = costs.orderedInput(o.cost(), o.rows(), !outerSorted, fractions[0]);
        double innerRead = costs.orderedInput(in.cost(), in.rows(), !innerSorted, fractions[1]);
        double cost = costs.mergeJoin(outerRead, o.rows(), fractions[0], innerRead, in.rows(), fractions[1],
                keys.size(), joinRows, residual.size());
        int order = keys.get(0).outer() instanceof Slot s ? s.index() : -1;
        JoinKind k = kind;
        return new Path(() -> {
            PlanNode outer = outerSorted ? o.plan() : sort(o.plan(), keys, true, comparators);
            PlanNode inner = innerSorted ? in.plan() : sort(in.plan(), keys, false, comparators);
            Expression[] ok = keys.stream().map(Key::outer).toArray(Expression[]::new);
            Expression[] ik = keys.stream().map(Key::inner).toArray(Expression[]::new);
            return new MergeJoin(outer, inner, ok, ik, comparators, AccessPaths.and(residual), k,
                    keyText(keys), residualText(residual), width, Rows.runs(in.slots()), joinRows);
        }, mask, slots, joinRows, cost, order, outerSorted && !innerSorted);
    }

    private PlanNode sort(PlanNode input, List<Key> keys, boolean outer, List<Comparator<Object>> comparators) {
        List<SortKey> sk = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            Expression e = outer ? keys.get(i).outer() : keys.get(i).inner();
            sk.add(new SortKey(e, comparators.get(i), false, false, JoinText.of(e, names)));
        }
        return new Sort(input, sk);
    }

    /** A nested loop whose inner side looks the outer row's key values up in an index of one table. */
    private Path paramNestLoop(Path o, int innerUnit, List<Key> keys, List<Expression> residual, double joinRows,
            long mask, BitSet slots) {
        Unit u = units.get(innerUnit);
        Path best = null;
        for (long oid : u.table().indexOids()) {
            if (!(catalog.relation(oid) instanceof Index idx) || !AccessPaths.usable(u.table(), idx)) {
                continue;
            }
            List<Key> used = new ArrayList<>();
            for (int col : idx.keyColumns()) {
                Key match = null;
                for (Key k : keys) {
                    if (k.inner() instanceof Slot s && s.index() == u.offset() + col - 1 && !used.contains(k)) {
                        match = k;
                        break;
                    }
                }
                if (match == null) {
                    break;
                }
                used.add(match);
            }
            if (used.isEmpty()) {
                continue;
            }
            double tableRows = CostModel.tableRows(u.table(), u.stats());
            double fetched = idx.unique() && used.size() == idx.keyColumns().size() ? 1
                    : Math.max(1, tableRows / Math.max(1, distinct(used.get(0).inner())));
            double perLoop = costs.indexCost(tableRows, CostModel.heapPages(u.table(), u.stats()), fetched,
                    used.size(), u.pushed().size(), loopCount(used));
            perLoop = PlannerCosts.unless(costs.settings().enableIndexscan(), perLoop);
            List<Expression> rest = new ArrayList<>(residual);
            for (Key k : keys) {
                if (!used.contains(k)) {
                    rest.add(k.clause());
                }
            }
            double cost = costs.paramNestLoop(o.cost(), o.rows(), perLoop, rest.size(), joinRows);
            if (best != null && cost >= best.cost()) {
                continue;
            }
            JoinKind jk = kind;
            best = new Path(() -> {
                List<Expression> cond = new ArrayList<>();
                for (Key k : used) {
                    Call eq = (Call) k.clause();
                    cond.add(new Call("=", eq.function(), new Expression[] {k.inner(),
                            JoinText.qualify(k.outer(), names)}, eq.strict(), eq.constantFolding(), eq.type(),
                            eq.typmod()));
                }
                Expression filter = AccessPaths.and(u.pushed());
                IndexScan scan = new IndexScan(u.table(), u.alias(), u.offset(), width, idx,
                        used.stream().map(Key::outer).toArray(Expression[]::new), null, false, null, false, false,
                        filter, ExpressionText.of(AccessPaths.and(cond)), filter,
                        Math.max(1, joinRows / Math.max(1, o.rows())));
                return new ParamNestedLoop(o.plan(), scan, AccessPaths.and(rest), residualText(rest), jk, width,
                        Rows.runs(u.slots()), joinRows);
            }, mask, slots, joinRows, cost, o.orderSlot(), false);
        }
        return best;
    }

    /**
     * PostgreSQL's get_loop_count: a parameterised scan is priced as if repeated as often as the
     * smallest table supplying its parameters has rows, whatever the outer side's own estimate,
     * so pages read by one lookup are taken as cached for the next.
     */
    private double loopCount(List<Key> used) {
        double loops = Double.MAX_VALUE;
        for (Key k : used) {
            BitSet s = slots(k.outer());
            for (Unit u : units) {
                if (u.slots().intersects(s)) {
                    loops = Math.min(loops, Math.max(1, u.plan().estimatedRows()));
                }
            }
        }
        return loops == Double.MAX_VALUE ? 1 : loops;
    }

    private Path nestLoop(Path o, Path in, List<Key> keys, List<Expression> residual, double joinRows, long mask,
            BitSet slots) {
        List<Expression> all = new ArrayList<>();
        keys.forEach(k -> all.add(k.clause()));
        all.addAll(residual);
        double cost = costs.nestLoop(o.cost(), o.rows(), in.cost(), in.rows(), all.size(), joinRows);
        Expression cond = AccessPaths.and(all);
        JoinKind k = kind;
        return new Path(() -> new NestedLoopJoin(o.plan(), in.plan(), cond, k, width,
                Rows.runs(in.slots()), JoinText.of(cond, names)), mask, slots, joinRows, cost, o.orderSlot(), false);
    }

    /** Index scans reading a unit in the order of an index's first column, for merge joins. */
    private List<Path> orderedPaths(int i) {
        Unit u = units.get(i);
        List<Path> out = new ArrayList<>();
        if (!(u.plan() instanceof SeqScan seq)) {
            return out;
        }
        for (long oid : u.table().indexOids()) {
            if (catalog.relation(oid) instanceof Index idx && AccessPaths.usable(u.table(), idx)
                    && !Index.HASH.equals(idx.method()) && !idx.descending().get(0)) {
                IndexScan scan = AccessPaths.inIndexOrder(seq, idx);
                out.add(new Path(scan, 1L << i, u.slots(), seq.estimatedRows(), costs.indexScan(scan, 1),
                        u.offset() + idx.keyColumns().get(0) - 1));
            }
        }
        return out;
    }

    private static int orderOf(PlanNode plan) {
        if (plan instanceof IndexScan s && s.equalKeys().length == 0 && !s.reverse()
                && !s.index().descending().get(0)) {
            return s.offset() + s.index().keyColumns().get(0) - 1;
        }
        return -1;
    }

    /**
     * PostgreSQL's mergejoinscansel for the first key: the side whose largest key exceeds the
     * other side's largest is read only up to that value.
     */
    private double[] scanFractions(Key k) {
        double[] f = {1, 1};
        ColumnStatistics oc = columnStats(k.outer());
        ColumnStatistics ic = columnStats(k.inner());
        if (oc == null || ic == null) {
            return f;
        }
        Object oMax = Selectivity.maxValue(oc, k.type());
        Object iMax = Selectivity.maxValue(ic, k.type());
        if (oMax == null || iMax == null) {
            return f;
        }
        int c = ValueOps.comparator(k.type()).compare(oMax, iMax);
        if (c > 0) {
            f[0] = clampFraction(Selectivity.range(oc, iMax, "<=", k.type()) / Math.max(1e-10, 1 - oc.nullFrac()));
        } else if (c < 0) {
            f[1] = clampFraction(Selectivity.range(ic, oMax, "<=", k.type()) / Math.max(1e-10, 1 - ic.nullFrac()));
        }
        return f;
    }

    private static double clampFraction(double f) {
        return Math.max(1e-10, Math.min(1, f));
    }

    /** eqjoinsel without most-common-value matching; PostgreSQL's defaults for other conditions. */
    private double selectivity(Expression clause) {
        if (clause instanceof Call c && c.args().length == 2) {
            switch (c.name()) {
                case "=" -> {
                    ColumnStatistics a = columnStats(c.args()[0]);
                    ColumnStatistics b = columnStats(c.args()[1]);
                    double nd = Math.max(distinct(c.args()[0]), distinct(c.args()[1]));
                    double nulls = (1 - (a == null ? 0 : a.nullFrac())) * (1 - (b == null ? 0 : b.nullFrac()));
                    return Math.min(1, nulls / Math.max(1, nd));
                }
                case "<>" -> {
                    return 1 - Selectivity.DEFAULT_EQ;
                }
                default -> {
                    return Selectivity.DEFAULT_INEQ;
                }
            }
        }
        if (clause instanceof BoolExpr) {
            return Selectivity.DEFAULT_INEQ;
        }
        return Selectivity.DEFAULT_INEQ;
    }

    /** The number of distinct values of a column expression, from ANALYZE, a unique index, or the default. */
    private double distinct(Expression e) {
        Unit u = unitOf(e);
        if (u == null) {
            return DEFAULT_NUM_DISTINCT;
        }
        double tableRows = CostModel.tableRows(u.table(), u.stats());
        ColumnStatistics col = columnStats(e);
        if (col != null) {
            return Math.max(1, col.distinctValues(tableRows));
        }
        int attnum = ((Slot) e).index() - u.offset() + 1;
        for (long oid : u.table().indexOids()) {
            if (catalog.relation(oid) instanceof Index idx && idx.unique() && idx.keyColumns().equals(List.of(attnum))) {
                return tableRows;
            }
        }
        return Math.min(DEFAULT_NUM_DISTINCT, tableRows);
    }

    /** The fraction of a base table's rows that its own conditions keep (for scaling distinct counts). */
    private double scale(Path p) {
        if (Long.bitCount(p.units()) != 1) {
            return 1;
        }
        Unit u = units.get(Long.numberOfTrailingZeros(p.units()));
        return Math.min(1, p.rows() / CostModel.tableRows(u.table(), u.stats()));
    }

    private Unit unitOf(Expression e) {
        if (!(e instanceof Slot s)) {
            return null;
        }
        for (Unit u : units) {
            if (u.slots().get(s.index())) {
                return u;
            }
        }
        return null;
    }

    private ColumnStatistics columnStats(Expression e) {
        Unit u = unitOf(e);
        return u == null || u.stats() == null ? null : Selectivity.column(u.table(), u.offset(), u.stats(), (Slot) e);
    }

    private String keyText(List<Key> keys) {
        List<Expression> shown = new ArrayList<>();
        for (Key k : keys) {
            Call eq = (Call) k.clause();
            shown.add(new Call("=", eq.function(), new Expression[] {k.outer(), k.inner()}, eq.strict(),
                    eq.constantFolding(), eq.type(), eq.typmod()));
        }
        return JoinText.of(AccessPaths.and(shown), names);
    }

    private String residualText(List<Expression> residual) {
        return JoinText.of(AccessPaths.and(residual), names);
    }

    private static BitSet slots(Expression e) {
        BitSet b = new BitSet();
        dev.olifant.exec.expr.Expressions.collectSlots(e, b);
        return b;
    }

    private static boolean subset(BitSet a, BitSet b) {
        BitSet x = (BitSet) a.clone();
        x.andNot(b);
        return x.isEmpty();
    }
}
