package dev.olifant.sql.analyze;

import dev.olifant.catalog.Table;
import dev.olifant.exec.expr.BoolExpr;
import dev.olifant.exec.expr.Call;
import dev.olifant.exec.expr.Const;
import dev.olifant.exec.expr.Expression;
import dev.olifant.exec.expr.Expressions;
import dev.olifant.exec.expr.NullTestExpr;
import dev.olifant.exec.expr.Slot;
import dev.olifant.storage.ColumnStatistics;
import dev.olifant.storage.RelationStatistics;
import dev.olifant.types.PgType;
import dev.olifant.types.ValueOps;
import java.util.Comparator;
import java.util.List;

/**
 * The fraction of a table's rows a condition keeps, from the statistics ANALYZE gathered
 * (PostgreSQL's clausesel.c and selfuncs.c in brief): equality with a constant reads the most
 * common values, else spreads the rest evenly over the other distinct values; a range reads the
 * most common values and the histogram; IS NULL reads the NULL fraction; conjunctions multiply,
 * disjunctions add as independent events. Without a usable statistic PostgreSQL's defaults apply.
 */
final class Selectivity {
    /** PostgreSQL's DEFAULT_EQ_SEL. */
    static final double DEFAULT_EQ = 0.005;
    /** PostgreSQL's DEFAULT_INEQ_SEL. */
    static final double DEFAULT_INEQ = 1.0 / 3;
    /** PostgreSQL's DEFAULT_UNK_SEL and DEFAULT_NOT_UNK_SEL (IS NULL / IS NOT NULL without statistics). */
    static final double DEFAULT_NULL = 0.005;

    private final Table table;
    private final int offset;
    private final RelationStatistics stats;

    Selectivity(Table table, int offset, RelationStatistics stats) {
        this.table = table;
        this.offset = offset;
        this.stats = stats;
    }

    /** The fraction of rows all of {@code quals} keep. */
    double of(List<Expression> quals) {
        double s = 1;
        for (Expression q : quals) {
            s *= of(q);
        }
        return clamp(s);
    }

    double of(Expression q) {
        return switch (q) {
            case BoolExpr b when b.kind() == BoolExpr.Kind.AND -> of(List.of(b.args()));
            case BoolExpr b when b.kind() == BoolExpr.Kind.OR -> {
                double s = 0;
                for (Expression a : b.args()) {
                    double x = of(a);
                    s = s + x - s * x;
                }
                yield clamp(s);
            }
            case BoolExpr b -> clamp(1 - of(b.args()[0]));
            case NullTestExpr n when n.kind() == NullTestExpr.Kind.IS_NULL || n.kind() == NullTestExpr.Kind.IS_NOT_NULL -> {
                ColumnStatistics c = column(n.arg());
                double nullFrac = c == null ? DEFAULT_NULL : c.nullFrac();
                yield n.kind() == NullTestExpr.Kind.IS_NULL ? nullFrac : 1 - nullFrac;
            }
            case Call c when c.args().length == 2 -> comparison(c);
            default -> DEFAULT_INEQ;
        };
    }

    private double comparison(Call c) {
        String op = c.name();
        Expression l = c.args()[0];
        Expression r = c.args()[1];
        if (!(l instanceof Slot) && r instanceof Slot) {
            Expression t = l;
            l = r;
            r = t;
            op = AccessPaths.commute(op);
        }
        boolean eq = op.equals("=");
        boolean range = op.equals("<") || op.equals("<=") || op.equals(">") || op.equals(">=");
        if (!eq && !range) {
            return op.equals("<>") ? 1 - DEFAULT_EQ : DEFAULT_INEQ;
        }
        ColumnStatistics col = column(l);
        if (col == null) {
            return eq ? DEFAULT_EQ : DEFAULT_INEQ;
        }
        Object value = null;
        boolean known = r.isConstant() && r.type().equals(l.type());
        if (known) {
            value = constantValue(r);
            known = value != NOT_KNOWN;
            if (value == null) {
                return 0;
            }
        }
        if (!known && !Expressions.isRowIndependent(r)) {
            return eq ? DEFAULT_EQ : DEFAULT_INEQ;
        }
        double rows = Math.max(1, stats.reltuples());
        if (eq) {
            return equality(col, known ? value : null, known, l.type(), rows);
        }
        if (!known) {
            return DEFAULT_INEQ;
        }
        return range(col, value, op, l.type());
    }

    /** Equality: the value's MCV frequency, else the rest spread over the other distinct values. */
    private static double equality(ColumnStatistics col, Object value, boolean known, PgType type, double rows) {
        List<Object> mcv = col.mostCommonValues();
        if (known) {
            for (int i = 0; i < mcv.size(); i++) {
                if (ValueOps.equal(type, mcv.get(i), value)) {
                    return col.mostCommonFreq(i);
                }
            }
        }
        double distinct = col.distinctValues(rows);
        if (!known) {
            return clamp(distinct < 1 ? DEFAULT_EQ : (1 - col.nullFrac()) / distinct);
        }
        double others = distinct - mcv.size();
        double rest = 1 - col.nullFrac() - col.mostCommonTotal();
        if (others < 1 || rest <= 0) {
            return clamp(1 / Math.max(rows, 1));
        }
        double s = rest / others;
        // PostgreSQL caps it by the least common MCV: a value missing from the list is rarer than all of them
        if (!mcv.isEmpty()) {
            s = Math.min(s, col.mostCommonFreq(mcv.size() - 1));
        }
        return clamp(s);
    }

    /** {@code column op value} for a range operator: matching MCVs plus the histogram's share of the rest. */
    static double range(ColumnStatistics col, Object value, String op, PgType type) {
        Comparator<Object> cmp = ValueOps.comparator(type);
        boolean below = op.startsWith("<");
        boolean inclusive = op.endsWith("=");
        double mcvPart = 0;
        List<Object> mcv = col.mostCommonValues();
        for (int i = 0; i < mcv.size(); i++) {
            int k = cmp.compare(mcv.get(i), value);
            if (below ? k < 0 || inclusive && k == 0 : k > 0 || inclusive && k == 0) {
                mcvPart += col.mostCommonFreq(i);
            }
        }
        double rest = Math.max(0, 1 - col.nullFrac() - col.mostCommonTotal());
        List<Object> hist = col.histogramBounds();
        double histPart;
        if (hist.size() < 2) {
            histPart = rest * DEFAULT_INEQ;
        } else {
            double fractionBelow = fractionBelow(hist, value, cmp);
            histPart = rest * (below ? fractionBelow : 1 - fractionBelow);
        }
        return clamp(mcvPart + histPart);
    }

    /** The largest value the statistics know of (the histogram's last bound or a most common value), or null. */
    static Object maxValue(ColumnStatistics col, PgType type) {
        Comparator<Object> cmp = ValueOps.comparator(type);
        Object max = col.histogramBounds().isEmpty() ? null : col.histogramBounds().get(col.histogramBounds().size() - 1);
        for (Object v : col.mostCommonValues()) {
            if (v != null && (max == null || cmp.compare(v, max) > 0)) {
                max = v;
            }
        }
        return max;
    }

    /** The column's statistics for slot {@code slot} of a table laid out from {@code offset}, or null. */
    static ColumnStatistics column(Table table, int offset, RelationStatistics stats, Slot s) {
        return new Selectivity(table, offset, stats).column(s);
    }

    /** The fraction of the histogram's population below {@code value}, interpolating within a bucket for numbers. */
    private static double fractionBelow(List<Object> hist, Object value, Comparator<Object> cmp) {
        int n = hist.size();
        if (cmp.compare(value, hist.get(0)) <= 0) {
            return 0;
        }
        if (cmp.compare(value, hist.get(n - 1)) >= 0) {
            return 1;
        }
        int lo = 0;
        int hi = n - 1;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (cmp.compare(hist.get(mid), value) <= 0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double within = 0.5;
        if (value instanceof Number v && hist.get(lo) instanceof Number a && hist.get(hi) instanceof Number b) {
            double span = b.doubleValue() - a.doubleValue();
            if (span > 0) {
                within = (v.doubleValue() - a.doubleValue()) / span;
            }
        }
        return (lo + within) / (n - 1);
    }

    private static final Object NOT_KNOWN = new Object();

    /**
     * The value of a constant expression (a literal, or a cast or immutable call of literals that
     * analysis did not fold), computed as PostgreSQL's estimator folds it; {@link #NOT_KNOWN} when
     * computing it needs what only execution has.
     */
    private static Object constantValue(Expression e) {
        if (e instanceof Const k) {
            return k.value();
        }
        try {
            return e.eval(null, null);
        } catch (RuntimeException ex) {
            return NOT_KNOWN;
        }
    }

    private ColumnStatistics column(Expression e) {
        if (stats == null || !(e instanceof Slot s)) {
            return null;
        }
        int attnum = s.index() - offset + 1;
        if (attnum < 1 || attnum > table.columns().size() || !table.column(attnum).type().equals(s.type())) {
            return null;
        }
        return stats.column(attnum);
    }

    private static double clamp(double s) {
        return Math.max(0, Math.min(1, s));
    }
}
