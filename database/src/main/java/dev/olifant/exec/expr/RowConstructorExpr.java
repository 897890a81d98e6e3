package dev.olifant.exec.expr;

import dev.olifant.exec.ExecContext;
import dev.olifant.types.PgType;
import dev.olifant.types.RecordDescriptor;
import dev.olifant.types.RowValue;
import dev.olifant.types.Types;

/**
 * A row constructor {@code ROW(a, b)} or {@code (a, b)}: a record of the given shape whose fields
 * are the arguments' values (the record itself is never null).
 */
public record RowConstructorExpr(Expression[] args, RecordDescriptor shape, int typmod) implements Expression {

    @Override
    public Object eval(Object[] row, ExecContext ctx) {
        Object[] values = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            values[i] = args[i].eval(row, ctx);
        }
        return new RowValue(shape, values);
    }

    @Override
    public PgType type() {
        return Types.RECORD;
    }

    @Override
    public boolean isConstant() {
        for (Expression a : args) {
            if (!a.isConstant()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("ROW(");
        for (int i = 0; i < args.length; i++) {
            sb.append(i > 0 ? ", " : "").append(ExpressionText.of(args[i]));
        }
        return sb.append(')').toString();
    }
}
