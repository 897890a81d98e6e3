package dev.olifant.exec.expr;

import java.util.BitSet;

/** Structural questions about expression trees, asked by the planner. */
public final class Expressions {
    private Expressions() {
    }

    /**
     * Adds every input-row slot the expression reads to {@code slots}.
     *
     * @return false when the expression contains something whose reads cannot be listed (a
     *         correlated subquery), so it must be evaluated on complete rows
     */
    public static boolean collectSlots(Expression e, BitSet slots) {
        return switch (e) {
            case Slot s -> {
                slots.set(s.index());
                yield true;
            }
            case Const c -> true;
            case Literal l -> true;
            case Param p -> true;
            case OuterSlot o -> true;
            case Call c -> all(c.args(), slots);
            case CastExpr c -> collectSlots(c.arg(), slots);
            case BoolExpr b -> all(b.args(), slots);
            case NullTestExpr n -> collectSlots(n.arg(), slots);
            case CaseExpr c -> all(c.conditions(), slots) && all(c.results(), slots)
                    && (c.otherwise() == null || collectSlots(c.otherwise(), slots));
            case CoalesceExpr c -> all(c.args(), slots);
            case MinMaxExpr m -> all(m.args(), slots);
            case NullIfExpr n -> collectSlots(n.left(), slots) && collectSlots(n.right(), slots);
            case DistinctExpr d -> collectSlots(d.left(), slots) && collectSlots(d.right(), slots);
            case ArrayExpr a -> all(a.elements(), slots);
            case ArraySubscriptExpr a -> collectSlots(a.array(), slots) && collectSlots(a.index(), slots);
            case ArrayAnyExpr a -> collectSlots(a.left(), slots) && collectSlots(a.array(), slots);
            case SubqueryExpr s -> !s.correlated() && (s.left() == null || collectSlots(s.left(), slots));
            default -> false;
        };
    }

    private static boolean all(Expression[] es, BitSet slots) {
        boolean ok = true;
        for (Expression e : es) {
            ok &= collectSlots(e, slots);
        }
        return ok;
    }

    /** True when the expression reads no slot of the current row (constants, parameters, outer references). */
    public static boolean isRowIndependent(Expression e) {
        BitSet b = new BitSet();
        return collectSlots(e, b) && b.isEmpty();
    }
}
