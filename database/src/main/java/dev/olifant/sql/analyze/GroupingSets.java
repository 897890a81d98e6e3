package dev.olifant.sql.analyze;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.exec.expr.Const;
import dev.olifant.exec.expr.Expression;
import dev.olifant.exec.expr.GroupingExpr;
import dev.olifant.sql.ast.Expr;
import dev.olifant.sql.ast.GroupingFunc;
import dev.olifant.sql.ast.GroupingSet;
import dev.olifant.sql.ast.RowExpr;
import dev.olifant.types.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * GROUP BY with GROUPING SETS, ROLLUP and CUBE (PostgreSQL's expand_grouping_sets): the GROUP BY
 * list is the cross product of its items, a plain expression being the single set of itself;
 * {@code ROLLUP(a, b)} is {@code (a, b), (a), ()}, {@code CUBE(a, b)} every subset, largest first.
 * Also the GROUPING() function.
 */
final class GroupingSets {
    private GroupingSets() {
    }

    /** Every grouping set as key indexes ({@code key} adds an expression to the keys). */
    static List<int[]> expand(List<Expr> groupBy, ToIntFunction<Expr> key) {
        List<int[]> acc = new ArrayList<>();
        acc.add(new int[0]);
        for (Expr item : groupBy) {
            List<int[]> sets = sets(item, key);
            List<int[]> product = new ArrayList<>();
            for (int[] a : acc) {
                for (int[] b : sets) {
                    product.add(union(a, b));
                }
            }
            acc = product;
        }
        return acc;
    }

    /** GROUP BY DISTINCT: sets equal as sets of keys are kept once. */
    static List<int[]> distinct(List<int[]> sets) {
        LinkedHashSet<String> seen = new LinkedHashSet<>();
        List<int[]> out = new ArrayList<>();
        for (int[] s : sets) {
            int[] sorted = s.clone();
            Arrays.sort(sorted);
            if (seen.add(Arrays.toString(sorted))) {
                out.add(s);
            }
        }
        return out;
    }

    private static List<int[]> sets(Expr item, ToIntFunction<Expr> key) {
        if (!(item instanceof GroupingSet g)) {
            return List.<int[]>of(unit(item, key));
        }
        List<int[]> out = new ArrayList<>();
        switch (g.kind()) {
            case EMPTY -> out.add(new int[0]);
            case ROLLUP -> {
                List<int[]> units = units(g, key);
                for (int n = units.size(); n >= 0; n--) {
                    int[] s = new int[0];
                    for (int i = 0; i < n; i++) {
                        s = union(s, units.get(i));
                    }
                    out.add(s);
                }
            }
            case CUBE -> {
                List<int[]> units = units(g, key);
                int n = units.size();
                for (int mask = (1 << n) - 1; mask >= 0; mask--) {
                    int[] s = new int[0];
                    for (int i = 0; i < n; i++) {
                        if ((mask & (1 << (n - 1 - i))) != 0) {
                            s = union(s, units.get(i));
                        }
                    }
                    out.add(s);
                }
            }
            case SETS -> {
                for (Expr e : g.content()) {
                    out.addAll(sets(e, key));
                }
            }
        }
        return out;
    }

    private static List<int[]> units(GroupingSet g, ToIntFunction<Expr> key) {
        List<int[]> units = new ArrayList<>();
        for (Expr e : g.content()) {
            units.add(unit(e, key));
        }
        return units;
    }

    /** A plain expression, or a parenthesized list taken as one unit. */
    private static int[] unit(Expr e, ToIntFunction<Expr> key) {
        if (e instanceof RowExpr r && !r.explicitRow()) {
            int[] s = new int[0];
            for (Expr x : r.args()) {
                s = union(s, new int[] {key.applyAsInt(x)});
            }
            return s;
        }
        return new int[] {key.applyAsInt(e)};
    }

    private static int[] union(int[] a, int[] b) {
        LinkedHashSet<Integer> s = new LinkedHashSet<>();
        for (int x : a) {
            s.add(x);
        }
        for (int x : b) {
            s.add(x);
        }
        return s.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * {@code GROUPING(a, b, …)}: a bit per argument, the first argument the most significant, set
     * when the argument is not grouped in the row's grouping set.
     */
    static Expression groupingFunction(ExprAnalyzer ex, GroupingFunc f) {
        Grouping g = ex.grouping;
        String clause = ex.clause();
        if (g == null && clause != null && !clause.equals("SELECT list") && !clause.startsWith("\u0000")) {
            throw new PgException(SqlState.GROUPING_ERROR, "grouping operations are not allowed in " + clause)
                    .withPosition(f.location() + 1);
        }
        if (f.args().size() > 31) {
            throw new PgException(SqlState.TOO_MANY_ARGUMENTS, "GROUPING must have fewer than 32 arguments")
                    .withPosition(f.location() + 1);
        }
        int[] keys = new int[f.args().size()];
        for (int i = 0; i < keys.length; i++) {
            Expr a = f.args().get(i);
            keys[i] = g == null ? -1 : g.keyIndex(AstWalk.key(a));
            if (keys[i] < 0) {
                throw new PgException(SqlState.GROUPING_ERROR,
                        "arguments to GROUPING must be grouping expressions of the associated query level")
                        .withPosition(a.location() + 1);
            }
        }
        if (g.sets == null) {
            return Const.of(0, Types.INT4);
        }
        int[] perSet = new int[g.sets.size()];
        for (int s = 0; s < perSet.length; s++) {
            int[] set = g.sets.get(s);
            int v = 0;
            for (int k : keys) {
                v <<= 1;
                if (Arrays.stream(set).noneMatch(x -> x == k)) {
                    v |= 1;
                }
            }
            perSet[s] = v;
        }
        return new GroupingExpr(g.keys.size(), perSet, "GROUPING(...)");
    }
}
