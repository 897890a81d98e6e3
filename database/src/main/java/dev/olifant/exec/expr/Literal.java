package dev.olifant.exec.expr;

import dev.olifant.exec.ExecContext;
import dev.olifant.types.PgType;
import dev.olifant.types.Types;

/**
 * A quoted string constant whose type is not decided yet (PostgreSQL's unknown-type literal). It
 * remembers where it was written, so an input error points at the literal, as in PostgreSQL.
 */
public record Literal(String text, int location) implements Expression {

    @Override
    public Object eval(Object[] row, ExecContext ctx) {
        return text;
    }

    @Override
    public PgType type() {
        return Types.UNKNOWN;
    }

    @Override
    public boolean isConstant() {
        return true;
    }
}
