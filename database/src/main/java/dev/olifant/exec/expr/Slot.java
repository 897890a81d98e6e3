package dev.olifant.exec.expr;

import dev.olifant.exec.ExecContext;
import dev.olifant.types.PgType;

/** A column of the input row, by position. */
public record Slot(int index, PgType type, int typmod, String name) implements Expression {

    @Override
    public Object eval(Object[] row, ExecContext ctx) {
        return row[index];
    }
}
