package dev.olifant.exec.expr;

import dev.olifant.exec.ExecContext;
import dev.olifant.types.PgType;
import dev.olifant.types.RowValue;

/** {@code (record).field}: field {@code index} of a composite value; null when the record is null. */
public record FieldSelectExpr(Expression arg, int index, String field, PgType type, int typmod) implements Expression {

    @Override
    public Object eval(Object[] row, ExecContext ctx) {
        Object v = arg.eval(row, ctx);
        return v == null ? null : ((RowValue) v).get(index);
    }

    @Override
    public boolean isConstant() {
        return arg.isConstant();
    }

    @Override
    public String toString() {
        return "(" + ExpressionText.of(arg) + ")." + field;
    }
}
