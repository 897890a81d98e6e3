package dev.olifant.exec.expr;

import dev.olifant.exec.ExecContext;
import dev.olifant.types.PgType;

/** A resolved, typed expression. */
public interface Expression {

    /** Evaluates against {@code row}, the current input row (may be null when there is none). */
    Object eval(Object[] row, ExecContext ctx);

    PgType type();

    /** The type modifier of the result, -1 when none is known. */
    default int typmod() {
        return -1;
    }

    /** True when the value cannot change during a statement, so it may be computed once. */
    default boolean isConstant() {
        return false;
    }
}
