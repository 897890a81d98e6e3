package dev.olifant.sql.analyze;

import dev.olifant.exec.expr.Expression;
import dev.olifant.exec.plan.HashJoin;
import dev.olifant.exec.plan.IndexScan;
import dev.olifant.exec.plan.JoinKind;
import dev.olifant.exec.plan.PlanNode;
import dev.olifant.exec.plan.SeqScan;
import dev.olifant.types.PgType;
import java.util.BitSet;

/**
 * Which side of an inner hash join is built into the hash table: the smaller one, as PostgreSQL
 * chooses. The join is written with the later FROM item as the one to hash; when ANALYZE's
 * statistics show that item is the larger, the sides swap. Only an inner join may swap, and only
 * when the rows joined so far occupy one contiguous run of slots (they do when FROM items are
 * joined in order), since the hashed side's slots are copied into the probing row as one run.
 */
final class HashSides {
    private HashSides() {
    }

    /** @param names per slot, the qualified column name EXPLAIN prints in the Hash Cond */
    static HashJoin choose(PlanNode outer, PlanNode inner, Expression[] outerKeys, Expression[] innerKeys,
            PgType[] keyTypes, Expression residual, JoinKind kind, String[] names, int width, BitSet outerSlots,
            int innerStart, int innerEnd) {
        int from = outerSlots.nextSetBit(0);
        boolean contiguous = from >= 0 && outerSlots.nextClearBit(from) == outerSlots.length();
        if (kind == JoinKind.INNER && contiguous && analyzed(inner) && inner.estimatedRows() > outer.estimatedRows()) {
            return new HashJoin(inner, outer, innerKeys, outerKeys, keyTypes, residual, kind,
                    hashCond(innerKeys, outerKeys, names), width, new int[] {from, outerSlots.length()},
                    JoinText.of(residual, names));
        }
        return new HashJoin(outer, inner, outerKeys, innerKeys, keyTypes, residual, kind,
                hashCond(outerKeys, innerKeys, names), width, new int[] {innerStart, innerEnd},
                JoinText.of(residual, names));
    }

    /** The Hash Cond as PostgreSQL prints it: each equality with the probing (outer) side's key on the left. */
    static String hashCond(Expression[] outerKeys, Expression[] innerKeys, String[] names) {
        java.util.List<Expression> eqs = new java.util.ArrayList<>();
        for (int i = 0; i < outerKeys.length; i++) {
            eqs.add(new dev.olifant.exec.expr.Call("=", null, new Expression[] {outerKeys[i], innerKeys[i]}, true,
                    false, dev.olifant.types.Types.BOOL, -1));
        }
        return JoinText.of(AccessPaths.and(eqs), names);
    }

    /** A scan of a table ANALYZE has gathered statistics for, so its estimate is worth acting on. */
    private static boolean analyzed(PlanNode p) {
        return switch (p) {
            case SeqScan s -> s.table().storage().stats().statistics() != null;
            case IndexScan s -> s.table().storage().stats().statistics() != null;
            default -> false;
        };
    }
}
