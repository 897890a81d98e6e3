package dev.olifant.exec.expr;

import dev.olifant.exec.ExecContext;
import dev.olifant.types.PgType;
import dev.olifant.types.Types;

/**
 * GROUPING(…) above a grouping-sets aggregation: the row carries the number of its grouping set
 * at {@code setSlot}, and {@code perSet} holds the function's value for each set.
 */
public record GroupingExpr(int setSlot, int[] perSet, String text) implements Expression {

    @Override
    public Object eval(Object[] row, ExecContext ctx) {
        return perSet[(Integer) row[setSlot]];
    }

    @Override
    public PgType type() {
        return Types.INT4;
    }
}
