package dev.olifant.exec.plan;

import dev.olifant.exec.ExecContext;
import dev.olifant.exec.expr.Expression;

/** Small helpers shared by plan operators. */
public final class Rows {
    private Rows() {
    }

    /** A qualification passes only when it evaluates to true (NULL and false both reject). */
    public static boolean passes(Expression qual, Object[] row, ExecContext ctx) {
        return qual == null || Boolean.TRUE.equals(qual.eval(row, ctx));
    }

    /** A copy of {@code outer} with {@code inner}'s segment [start, end) copied in; either may be null (all NULL). */
    public static Object[] merge(Object[] outer, Object[] inner, int width, int start, int end) {
        Object[] r = outer == null ? new Object[width] : outer.clone();
        if (inner != null) {
            System.arraycopy(inner, start, r, start, end - start);
        }
        return r;
    }

    /** A copy of {@code outer} with {@code inner}'s slots in {@code runs} ([start, end) pairs) copied in. */
    public static Object[] merge(Object[] outer, Object[] inner, int width, int[] runs) {
        Object[] r = outer == null ? new Object[width] : outer.clone();
        if (inner != null) {
            for (int i = 0; i < runs.length; i += 2) {
                System.arraycopy(inner, runs[i], r, runs[i], runs[i + 1] - runs[i]);
            }
        }
        return r;
    }

    /** The set bits of {@code slots} as [start, end) pairs. */
    public static int[] runs(java.util.BitSet slots) {
        java.util.List<Integer> out = new java.util.ArrayList<>();
        for (int s = slots.nextSetBit(0); s >= 0; s = slots.nextSetBit(slots.nextClearBit(s))) {
            out.add(s);
            out.add(slots.nextClearBit(s));
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** EXPLAIN's detail line for a scan's filter: none, or {@code Filter: <condition>}. */
    public static java.util.List<String> filterDetail(Expression filter) {
        return filter == null ? java.util.List.of()
                : java.util.List.of("Filter: " + dev.olifant.exec.expr.ExpressionText.of(filter));
    }

    public static RowSource empty() {
        return () -> null;
    }
}
