package dev.olifant.types.func;

import dev.olifant.types.PgType;
import java.util.List;

/**
 * A built-in operator as pg_operator describes it.
 *
 * @param name      oprname
 * @param left      oprleft, null for a prefix operator
 * @param right     oprright
 * @param result    oprresult
 * @param procName  oprcode: the pg_proc name of the implementing function
 * @param binder    builds the body for the resolved types
 */
public record OperatorDef(String name, PgType left, PgType right, PgType result, String procName,
        Volatility volatility, Binder binder) {

    List<PgType> argTypes() {
        return left == null ? List.of(right) : List.of(left, right);
    }
}
