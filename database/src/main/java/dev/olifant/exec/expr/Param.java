package dev.olifant.exec.expr;

import dev.olifant.exec.ExecContext;
import dev.olifant.types.PgType;

/** A statement parameter {@code $n} (index is n - 1). */
public record Param(int index, PgType type) implements Expression {

    @Override
    public Object eval(Object[] row, ExecContext ctx) {
        return ctx.param(index);
    }
}
