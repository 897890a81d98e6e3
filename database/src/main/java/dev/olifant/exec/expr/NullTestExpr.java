package dev.olifant.exec.expr;

import dev.olifant.exec.ExecContext;
import dev.olifant.types.PgType;
import dev.olifant.types.Types;

/** IS [NOT] NULL, IS [NOT] TRUE / FALSE / UNKNOWN: never NULL themselves. */
public record NullTestExpr(Expression arg, Kind kind) implements Expression {

    public enum Kind { IS_NULL, IS_NOT_NULL, IS_TRUE, IS_NOT_TRUE, IS_FALSE, IS_NOT_FALSE, IS_UNKNOWN, IS_NOT_UNKNOWN }

    @Override
    public Object eval(Object[] row, ExecContext ctx) {
        Object v = arg.eval(row, ctx);
        if (v instanceof dev.olifant.types.RowValue r && (kind == Kind.IS_NULL || kind == Kind.IS_NOT_NULL)) {
            return rowTest(r);
        }
        return switch (kind) {
            case IS_NULL, IS_UNKNOWN -> v == null;
            case IS_NOT_NULL, IS_NOT_UNKNOWN -> v != null;
            case IS_TRUE -> Boolean.TRUE.equals(v);
            case IS_NOT_TRUE -> !Boolean.TRUE.equals(v);
            case IS_FALSE -> Boolean.FALSE.equals(v);
            case IS_NOT_FALSE -> !Boolean.FALSE.equals(v);
        };
    }

    /**
     * On a record, IS NULL holds when every field is null and IS NOT NULL when none is, as the SQL
     * standard (and PostgreSQL) define them for row values.
     */
    private boolean rowTest(dev.olifant.types.RowValue r) {
        for (int i = 0; i < r.size(); i++) {
            if ((r.get(i) == null) != (kind == Kind.IS_NULL)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public PgType type() {
        return Types.BOOL;
    }
}
