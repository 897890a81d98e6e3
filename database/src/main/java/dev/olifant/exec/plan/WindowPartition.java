package dev.olifant.exec.plan;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.exec.ExecContext;
import dev.olifant.exec.plan.WindowFrameSpec.Bound;
import dev.olifant.exec.plan.WindowFrameSpec.BoundKind;
import dev.olifant.exec.plan.WindowFrameSpec.Exclusion;
import dev.olifant.exec.plan.WindowFrameSpec.Mode;
import dev.olifant.types.ValueOps;
import dev.olifant.types.func.AggregateState;
import java.util.List;

/**
 * The window functions of one partition: peer groups, frames, and each function's value per row
 * (PostgreSQL's nodeWindowAgg.c semantics). Frames are half-open row ranges {@code [start, end)}
 * of the partition, minus the rows the EXCLUDE clause removes.
 */
final class WindowPartition {
    private final List<Object[]> rows;
    private final List<Object[]> orderKeys;
    private final WindowAgg node;
    private final ExecContext ctx;
    private final int n;
    /** Per row: its peer group's number, first row and end (exclusive). */
    private final int[] group;
    private final int[] groupStart;
    private final int[] groupEnd;
    private final int groups;

    WindowPartition(List<Object[]> rows, List<Object[]> orderKeys, WindowAgg node, ExecContext ctx) {
        this.rows = rows;
        this.orderKeys = orderKeys;
        this.node = node;
        this.ctx = ctx;
        this.n = rows.size();
        group = new int[n];
        groupStart = new int[n];
        groupEnd = new int[n];
        int g = 0;
        int s = 0;
        for (int i = 0; i < n; i++) {
            if (i > 0 && !WindowAgg.same(node.order(), orderKeys.get(i - 1), orderKeys.get(i))) {
                for (int j = s; j < i; j++) {
                    groupEnd[j] = i;
                }
                g++;
                s = i;
            }
            group[i] = g;
            groupStart[i] = s;
        }
        for (int j = s; j < n; j++) {
            groupEnd[j] = n;
        }
        groups = n == 0 ? 0 : g + 1;
    }

    Object[][] compute() {
        List<WindowFunc> fs = node.functions();
        Object[][] out = new Object[n][fs.size()];
        for (int f = 0; f < fs.size(); f++) {
            WindowFunc fn = fs.get(f);
            if (fn.kind() == WindowFunc.Kind.AGGREGATE) {
                aggregate(fn, f, out);
                continue;
            }
            Object ntile = null;
            for (int i = 0; i < n; i++) {
                if (fn.kind() == WindowFunc.Kind.NTILE && i == 0) {
                    ntile = arg(fn, 0, i);
                }
                out[i][f] = value(fn, i, ntile);
            }
        }
        return out;
    }

    private Object arg(WindowFunc fn, int index, int row) {
        return fn.args()[index].eval(rows.get(row), ctx);
    }

    private Object value(WindowFunc fn, int i, Object ntile) {
        return switch (fn.kind()) {
            case ROW_NUMBER -> (long) i + 1;
            case RANK -> (long) groupStart[i] + 1;
            case DENSE_RANK -> (long) group[i] + 1;
            case PERCENT_RANK -> n <= 1 ? 0.0 : (double) groupStart[i] / (n - 1);
            case CUME_DIST -> (double) groupEnd[i] / n;
            case NTILE -> ntile(ntile, i);
            case LAG, LEAD -> shifted(fn, i);
            case FIRST_VALUE, LAST_VALUE, NTH_VALUE -> framed(fn, i);
            case AGGREGATE -> throw new IllegalStateException("aggregates are computed per frame");
        };
    }

    private Object ntile(Object buckets, int i) {
        if (buckets == null) {
            return null;
        }
        int b = ((Number) buckets).intValue();
        if (b <= 0) {
            throw new PgException(SqlState.INVALID_ARGUMENT_FOR_NTILE_FUNCTION,
                    "argument of ntile must be greater than zero");
        }
        // The first n % b buckets hold one row more than the others.
        int per = n / b;
        int extra = n % b;
        int bigRows = extra * (per + 1);
        if (i < bigRows) {
            return i / (per + 1) + 1;
        }
        return extra + (i - bigRows) / Math.max(per, 1) + 1;
    }

    private Object shifted(WindowFunc fn, int i) {
        long offset = 1;
        if (fn.args().length > 1) {
            Object o = arg(fn, 1, i);
            if (o == null) {
                return null;
            }
            offset = ((Number) o).longValue();
        }
        long target = fn.kind() == WindowFunc.Kind.LAG ? i - offset : i + offset;
        if (target < 0 || target >= n) {
            return fn.args().length > 2 ? arg(fn, 2, i) : null;
        }
        return arg(fn, 0, (int) target);
    }

    private Object framed(WindowFunc fn, int i) {
        int[] rowsInFrame = frameRows(i);
        if (fn.kind() == WindowFunc.Kind.NTH_VALUE) {
            Object o = arg(fn, 1, i);
            if (o == null) {
                return null;
            }
            int nth = ((Number) o).intValue();
            if (nth <= 0) {
                throw new PgException(SqlState.INVALID_ARGUMENT_FOR_NTH_VALUE_FUNCTION,
                        "argument of nth_value must be greater than zero");
            }
            return nth <= rowsInFrame.length ? arg(fn, 0, rowsInFrame[nth - 1]) : null;
        }
        if (rowsInFrame.length == 0) {
            return null;
        }
        int pick = fn.kind() == WindowFunc.Kind.FIRST_VALUE ? rowsInFrame[0] : rowsInFrame[rowsInFrame.length - 1];
        return arg(fn, 0, pick);
    }

    private void aggregate(WindowFunc fn, int f, Object[][] out) {
        WindowFrameSpec frame = node.frame();
        if (frame.growsOnly()) {
            AggregateState state = fn.aggregate().get();
            int added = 0;
            for (int i = 0; i < n; i++) {
                int end = frameEnd(i);
                for (; added < end; added++) {
                    add(fn, state, added);
                }
                out[i][f] = state.result(ctx);
            }
            return;
        }
        int[] previous = null;
        Object previousValue = null;
        for (int i = 0; i < n; i++) {
            int[] members = frameRows(i);
            if (previous != null && java.util.Arrays.equals(previous, members)) {
                out[i][f] = previousValue;
                continue;
            }
            AggregateState state = fn.aggregate().get();
            for (int r : members) {
                add(fn, state, r);
            }
            previous = members;
            previousValue = state.result(ctx);
            out[i][f] = previousValue;
        }
    }

    private void add(WindowFunc fn, AggregateState state, int r) {
        Object[] row = rows.get(r);
        if (fn.filter() != null && !Rows.passes(fn.filter(), row, ctx)) {
            return;
        }
        Object[] args = new Object[fn.args().length];
        for (int j = 0; j < args.length; j++) {
            args[j] = fn.args()[j].eval(row, ctx);
        }
        state.add(args, ctx);
        ctx.checkInterruptsCheaply();
    }

    /** The partition rows in row i's frame, in order, after exclusion. */
    private int[] frameRows(int i) {
        int s = frameStart(i);
        int e = frameEnd(i);
        if (e <= s) {
            return new int[0];
        }
        Exclusion x = node.frame().exclusion();
        int[] out = new int[e - s];
        int k = 0;
        for (int r = s; r < e; r++) {
            boolean peer = group[r] == group[i];
            boolean excluded = switch (x) {
                case NO_OTHERS -> false;
                case CURRENT_ROW -> r == i;
                case GROUP -> peer;
                case TIES -> peer && r != i;
            };
            if (!excluded) {
                out[k++] = r;
            }
        }
        return java.util.Arrays.copyOf(out, k);
    }

    private int frameStart(int i) {
        Bound b = node.frame().start();
        return switch (b.kind()) {
            case UNBOUNDED_PRECEDING -> 0;
            case UNBOUNDED_FOLLOWING -> n;
            case CURRENT_ROW -> node.frame().mode() == Mode.ROWS ? i : groupStart[i];
            case PRECEDING, FOLLOWING -> offsetBound(b, i, true);
        };
    }

    private int frameEnd(int i) {
        Bound b = node.frame().end();
        return switch (b.kind()) {
            case UNBOUNDED_PRECEDING -> 0;
            case UNBOUNDED_FOLLOWING -> n;
            case CURRENT_ROW -> node.frame().mode() == Mode.ROWS ? i + 1 : groupEnd[i];
            case PRECEDING, FOLLOWING -> offsetBound(b, i, false);
        };
    }

    /** The row index a {@code n PRECEDING/FOLLOWING} bound puts the frame's start (or exclusive end) at. */
    private int offsetBound(Bound b, int i, boolean isStart) {
        Object off = b.offset().eval(rows.get(i), ctx);
        if (off == null) {
            throw new PgException(SqlState.NULL_VALUE_NOT_ALLOWED, "frame " + (isStart ? "starting" : "ending")
                    + " offset must not be null");
        }
        boolean preceding = b.kind() == BoundKind.PRECEDING;
        Mode mode = node.frame().mode();
        if (mode != Mode.RANGE) {
            long k = ((Number) off).longValue();
            if (k < 0) {
                throw new PgException(SqlState.INVALID_PRECEDING_OR_FOLLOWING_SIZE, "frame " + (isStart ? "starting"
                        : "ending") + " offset must not be negative");
            }
            if (mode == Mode.ROWS) {
                long pos = preceding ? i - k : i + k;
                return (int) Math.max(0, Math.min(n, isStart ? pos : pos + 1));
            }
            long g = preceding ? group[i] - k : group[i] + k;
            if (g < 0) {
                return 0;
            }
            if (g >= groups) {
                return n;
            }
            int first = firstOfGroup((int) g);
            return isStart ? first : groupEnd[first];
        }
        if (isNegative(off)) {
            throw new PgException(SqlState.INVALID_PRECEDING_OR_FOLLOWING_SIZE,
                    "invalid preceding or following size in window function");
        }
        return rangeBound(b, off, i, isStart, preceding);
    }

    private static boolean isNegative(Object off) {
        return switch (off) {
            case java.math.BigDecimal d -> d.signum() < 0;
            case Double d -> d < 0;
            case Float d -> d < 0;
            case Number x -> x.longValue() < 0;
            case dev.olifant.types.Interval v -> v.months() < 0 || v.days() < 0 || v.micros() < 0;
            default -> false;
        };
    }

    private int firstOfGroup(int g) {
        int lo = 0;
        int hi = n - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (group[mid] < g) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * RANGE offset bounds: the frame starts at the first row whose key is not before {@code key ∓
     * offset} (in sort order), and ends after the last row not after {@code key ± offset}. NULL keys
     * are peers of each other and lie beyond any offset from a non-NULL key.
     */
    private int rangeBound(Bound b, Object off, int i, boolean isStart, boolean preceding) {
        SortKey key = node.order().get(0);
        Object cur = orderKeys.get(i)[0];
        if (cur == null) {
            return isStart ? groupStart[i] : groupEnd[i];
        }
        boolean towardsStart = preceding;
        boolean subtract = towardsStart != key.descending();
        Object limit = (subtract ? b.subtract() : b.add()).invoke(ctx, new Object[] {cur, off});
        dev.olifant.types.PgType keyType = key.expr().type();
        if (isStart) {
            for (int r = 0; r < n; r++) {
                if (!before(orderKeys.get(r)[0], limit, key, keyType, b)) {
                    return r;
                }
            }
            return n;
        }
        for (int r = n - 1; r >= 0; r--) {
            if (!after(orderKeys.get(r)[0], limit, key, keyType, b)) {
                return r + 1;
            }
        }
        return 0;
    }

    private static boolean before(Object v, Object limit, SortKey key, dev.olifant.types.PgType t, Bound b) {
        if (v == null) {
            return key.nullsFirst();
        }
        int c = ValueOps.compareAcross(t, v, b.boundType(), limit);
        return key.descending() ? c > 0 : c < 0;
    }

    private static boolean after(Object v, Object limit, SortKey key, dev.olifant.types.PgType t, Bound b) {
        if (v == null) {
            return !key.nullsFirst();
        }
        int c = ValueOps.compareAcross(t, v, b.boundType(), limit);
        return key.descending() ? c < 0 : c > 0;
    }
}
