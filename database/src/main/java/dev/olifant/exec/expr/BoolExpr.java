package dev.olifant.exec.expr;

import dev.olifant.exec.ExecContext;
import dev.olifant.types.PgType;
import dev.olifant.types.Types;

/** AND, OR and NOT with SQL's three-valued logic. */
public record BoolExpr(Kind kind, Expression[] args) implements Expression {

    public enum Kind { AND, OR, NOT }

    @Override
    public Object eval(Object[] row, ExecContext ctx) {
        switch (kind) {
            case NOT -> {
                Object v = args[0].eval(row, ctx);
                return v == null ? null : !(Boolean) v;
            }
            case AND -> {
                boolean sawNull = false;
                for (Expression a : args) {
                    Object v = a.eval(row, ctx);
                    if (v == null) {
                        sawNull = true;
                    } else if (!(Boolean) v) {
                        return Boolean.FALSE;
                    }
                }
                return sawNull ? null : Boolean.TRUE;
            }
            default -> {
                boolean sawNull = false;
                for (Expression a : args) {
                    Object v = a.eval(row, ctx);
                    if (v == null) {
                        sawNull = true;
                    } else if ((Boolean) v) {
                        return Boolean.TRUE;
                    }
                }
                return sawNull ? null : Boolean.FALSE;
            }
        }
    }

    @Override
    public PgType type() {
        return Types.BOOL;
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
}
