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

    public static RowSource empty() {
        return () -> null;
    }
}
