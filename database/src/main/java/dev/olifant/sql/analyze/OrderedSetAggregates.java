package dev.olifant.sql.analyze;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.exec.ExecContext;
import dev.olifant.exec.expr.Expression;
import dev.olifant.exec.expr.Slot;
import dev.olifant.exec.plan.Accumulator;
import dev.olifant.exec.plan.AggregateCall;
import dev.olifant.exec.plan.SortKey;
import dev.olifant.sql.ast.FuncCall;
import dev.olifant.types.CoercionContext;
import dev.olifant.types.PgType;
import dev.olifant.types.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The ordered-set aggregates {@code percentile_cont(f)}, {@code percentile_disc(f)} and {@code
 * mode()} with {@code WITHIN GROUP (ORDER BY x)}: the direct argument is taken from the group's
 * first row, the ordered values are collected (NULLs skipped), sorted, and picked from.
 */
final class OrderedSetAggregates {
    private OrderedSetAggregates() {
    }

    private static final Set<String> NAMES = Set.of("percentile_cont", "percentile_disc", "mode");

    static boolean isOrderedSet(String name) {
        return NAMES.contains(name);
    }

    static Expression analyze(ExprAnalyzer ex, FuncCall f, String name) {
        ExprAnalyzer inner = ex.forAggregateArguments();
        int direct = name.equals("mode") ? 0 : 1;
        if (!NAMES.contains(name) || !f.withinGroup() || f.args().size() != direct || f.orderBy().size() != 1) {
            List<String> types = new ArrayList<>();
            for (var a : f.args()) {
                types.add(Coercions.display(inner.analyzeResolved(a).type()));
            }
            for (var sb : f.orderBy()) {
                types.add(Coercions.display(inner.analyzeResolved(sb.expr()).type()));
            }
            throw new PgException(SqlState.UNDEFINED_FUNCTION, "function " + name + "(" + String.join(", ", types)
                    + ") does not exist")
                    .withHint("No function matches the given name and argument types. You might need to add explicit type casts.")
                    .withPosition(f.location() + 1);
        }
        List<SortKey> keys = AggregateOrdering.sortKeys(f.orderBy(), inner);
        SortKey key = keys.get(0);
        Expression value = key.expr();
        if (name.equals("percentile_cont")) {
            value = Coercions.coerce(value, Types.FLOAT8, -1, CoercionContext.IMPLICIT, ex.ctx, f.location());
            key = new SortKey(value, dev.olifant.types.ValueOps.comparator(Types.FLOAT8), key.descending(),
                    key.nullsFirst(), key.text());
        }
        PgType result = name.equals("percentile_cont") ? Types.FLOAT8 : value.type();
        Expression[] args;
        if (direct == 1) {
            Expression fraction = inner.analyze(f.args().get(0));
            // percentile_cont(float8[]) / percentile_disc(float8[]): one result per fraction, as an array
            boolean many = fraction.type().isArray();
            fraction = Coercions.coerce(fraction, many ? Types.arrayOf(Types.FLOAT8) : Types.FLOAT8, -1,
                    CoercionContext.IMPLICIT, ex.ctx, f.location());
            if (many) {
                result = Types.arrayOf(result);
                if (result == null) {
                    throw new PgException(SqlState.UNDEFINED_OBJECT, "could not find array type for data type "
                            + Coercions.display(value.type())).withPosition(f.location() + 1);
                }
            }
            args = new Expression[] {fraction, value};
        } else {
            args = new Expression[] {value};
        }
        Expression filter = f.filter() == null ? null : inner.analyzeBoolean(f.filter(), "FILTER");
        PgType[] types = new PgType[args.length];
        for (int i = 0; i < types.length; i++) {
            types[i] = args[i].type();
        }
        SortKey order = key;
        PgType resultType = result;
        int slot = ex.grouping.aggregateSlot(AstWalk.key(f), () -> new AggregateCall(name,
                () -> new Collector(name, order), args, types, false, filter, resultType));
        return new Slot(slot, result, -1, name);
    }

    private static final class Collector implements Accumulator {
        private final String name;
        private final SortKey order;
        private final List<Object> values = new ArrayList<>();
        private boolean first = true;
        private Object fraction;

        Collector(String name, SortKey order) {
            this.name = name;
            this.order = order;
        }

        @Override
        public void add(Object[] args, ExecContext ctx) {
            if (first) {
                fraction = args.length > 1 ? args[0] : null;
                first = false;
            }
            Object v = args[args.length - 1];
            if (v != null) {
                values.add(v);
            }
        }

        @Override
        public Object result(ExecContext ctx) {
            if (values.isEmpty()) {
                return null;
            }
            List<Object> sorted = new ArrayList<>(values);
            sorted.sort((a, b) -> order.descending() ? -order.comparator().compare(a, b)
                    : order.comparator().compare(a, b));
            if (name.equals("mode")) {
                return mode(sorted);
            }
            if (fraction == null) {
                return null;
            }
            if (fraction instanceof dev.olifant.types.ArrayValue fractions) {
                Object[] out = new Object[fractions.elements().length];
                for (int i = 0; i < out.length; i++) {
                    Object e = fractions.elements()[i];
                    out[i] = e == null ? null : percentile((Double) e, sorted, ctx);
                }
                PgType element = name.equals("percentile_cont") ? Types.FLOAT8 : order.expr().type();
                return new dev.olifant.types.ArrayValue(element, fractions.dimensions(), fractions.lowerBounds(), out);
            }
            return percentile((Double) fraction, sorted, ctx);
        }

        private Object percentile(double p, List<Object> sorted, ExecContext ctx) {
            if (p < 0 || p > 1 || Double.isNaN(p)) {
                throw new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "percentile value "
                        + dev.olifant.types.TextIO.output(Types.FLOAT8, p, ctx.settings(), null)
                        + " is not between 0 and 1");
            }
            int n = sorted.size();
            if (name.equals("percentile_disc")) {
                int idx = (int) Math.ceil(p * n) - 1;
                return sorted.get(Math.max(0, Math.min(n - 1, idx)));
            }
            double pos = p * (n - 1);
            int lo = (int) Math.floor(pos);
            int hi = (int) Math.ceil(pos);
            double a = (Double) sorted.get(lo);
            double b = (Double) sorted.get(hi);
            return lo == hi ? a : a + (pos - lo) * (b - a);
        }

        private Object mode(List<Object> sorted) {
            Object best = null;
            int bestCount = 0;
            int i = 0;
            while (i < sorted.size()) {
                int j = i + 1;
                while (j < sorted.size() && order.comparator().compare(sorted.get(i), sorted.get(j)) == 0) {
                    j++;
                }
                if (j - i > bestCount) {
                    bestCount = j - i;
                    best = sorted.get(i);
                }
                i = j;
            }
            return best;
        }
    }
}
