package dev.olifant.exec.dml;

import dev.olifant.exec.ExecContext;
import dev.olifant.exec.expr.Expression;
import java.util.List;

/** Evaluates a RETURNING list on a row, collecting the result when there is a list. */
final class Returning {
    private Returning() {
    }

    static void collect(Expression[] returning, Object[] row, ExecContext ctx, List<Object[]> out) {
        if (returning == null) {
            return;
        }
        Object[] r = new Object[returning.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = returning[i].eval(row, ctx);
        }
        out.add(r);
    }
}
