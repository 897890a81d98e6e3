package dev.olifant.sql.analyze;

import dev.olifant.error.PgException;
import dev.olifant.error.SqlState;
import dev.olifant.exec.expr.Call;
import dev.olifant.exec.expr.Expression;
import dev.olifant.exec.expr.Expressions;
import java.util.BitSet;

/**
 * PostgreSQL runs a FULL JOIN only as a merge or hash join, so every condition that involves
 * both sides must be an equality between an expression of one side and one of the other.
 * Conditions on one side only (or none) are allowed.
 */
final class FullJoinConditions {
    private FullJoinConditions() {
    }

    static void check(Expression condition, BitSet slots, BitSet left, BitSet right) {
        if (!slots.intersects(left) || !slots.intersects(right)) {
            return;
        }
        if (condition instanceof Call c && c.name().equals("=") && c.args().length == 2) {
            BitSet a = new BitSet();
            BitSet b = new BitSet();
            boolean complete = Expressions.collectSlots(c.args()[0], a) & Expressions.collectSlots(c.args()[1], b);
            if (complete && (within(a, left) && within(b, right) || within(a, right) && within(b, left))) {
                return;
            }
        }
        throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                "FULL JOIN is only supported with merge-joinable or hash-joinable join conditions");
    }

    private static boolean within(BitSet slots, BitSet side) {
        if (slots.isEmpty()) {
            return false;
        }
        BitSet rest = (BitSet) slots.clone();
        rest.andNot(side);
        return rest.isEmpty();
    }
}
