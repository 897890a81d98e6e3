package dev.olifant.exec.expr;

import dev.olifant.exec.ExecContext;
import dev.olifant.types.PgType;

/** A column of an enclosing query's current row, from inside a correlated subquery. */
public record OuterSlot(int levelsUp, int index, PgType type, int typmod) implements Expression {

    @Override
    public Object eval(Object[] row, ExecContext ctx) {
        return ctx.outerRow(levelsUp)[index];
    }
}
