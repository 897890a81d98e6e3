package dev.olifant.exec.expr;

import dev.olifant.exec.ExecContext;
import dev.olifant.types.PgType;
import dev.olifant.types.func.Invokable;

/** A call of a built-in function or operator. A strict function yields NULL for any NULL argument. */
public record Call(String name, Invokable function, Expression[] args, boolean strict, boolean constantFolding,
        PgType type, int typmod) implements Expression {

    @Override
    public Object eval(Object[] row, ExecContext ctx) {
        Object[] values = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            Object v = args[i].eval(row, ctx);
            if (v == null && strict) {
                return null;
            }
            values[i] = v;
        }
        return function.invoke(ctx, values);
    }

    @Override
    public boolean isConstant() {
        if (!constantFolding) {
            return false;
        }
        for (Expression a : args) {
            if (!a.isConstant()) {
                return false;
            }
        }
        return true;
    }
}
