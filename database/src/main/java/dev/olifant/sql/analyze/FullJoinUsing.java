package dev.olifant.sql.analyze;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.exec.expr.CoalesceExpr;
import dev.olifant.exec.expr.Expression;
import dev.olifant.exec.expr.Slot;
import dev.olifant.exec.plan.PlanNode;
import dev.olifant.exec.plan.Project;
import dev.olifant.types.Types;

/**
 * FULL JOIN ... USING: each USING column is merged as {@code COALESCE(left.col, right.col)},
 * since either side may be missing. The merged values live in slots the join item reserves after
 * both sides; a projection over the join fills them, leaving every other slot as it was.
 */
final class FullJoinUsing {
    private FullJoinUsing() {
    }

    /** The binding of a merged column, in its reserved slot. */
    static ColumnBinding merged(ColumnBinding l, ColumnBinding r, int slot, String column) {
        if (!l.type().equals(r.type())) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "FULL JOIN USING column \"" + column
                    + "\" of different types on each side is not supported yet");
        }
        return new ColumnBinding(l.entry(), l.column(), slot, l.type(), l.typmod() == r.typmod() ? l.typmod() : -1,
                0);
    }

    /**
     * @param pairs per USING column: left slot, right slot, merged slot
     * @param bindings per USING column: its merged binding (for the type)
     */
    static PlanNode mergeColumns(PlanNode join, int width, int[][] pairs, ColumnBinding[] bindings) {
        Expression[] out = new Expression[width];
        for (int i = 0; i < width; i++) {
            out[i] = new Slot(i, Types.UNKNOWN, -1, "");
        }
        for (int k = 0; k < pairs.length; k++) {
            ColumnBinding b = bindings[k];
            out[pairs[k][2]] = new CoalesceExpr(new Expression[] {new Slot(pairs[k][0], b.type(), b.typmod(), ""),
                    new Slot(pairs[k][1], b.type(), b.typmod(), "")}, b.type(), b.typmod());
        }
        return new Project(join, out);
    }
}
