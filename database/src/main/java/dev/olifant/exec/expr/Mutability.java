package dev.olifant.exec.expr;

/**
 * PostgreSQL's contain_mutable_functions: whether an expression may give different results for
 * the same input row, because it calls a function not marked IMMUTABLE or reads something beyond
 * the row (a parameter, an outer query's row, a subquery). Index expressions and predicates must
 * not, so that an index entry can always be found again from its row.
 */
public final class Mutability {
    private Mutability() {
    }

    public static boolean containsMutable(Expression e) {
        return switch (e) {
            case Slot s -> false;
            case Const c -> false;
            case Literal l -> false;
            case Call c -> !c.constantFolding() || any(c.args());
            case CastExpr c -> containsMutable(c.arg());
            case BoolExpr b -> any(b.args());
            case NullTestExpr n -> containsMutable(n.arg());
            case CaseExpr c -> any(c.conditions()) || any(c.results())
                    || c.otherwise() != null && containsMutable(c.otherwise());
            case CoalesceExpr c -> any(c.args());
            case MinMaxExpr m -> any(m.args());
            case NullIfExpr n -> containsMutable(n.left()) || containsMutable(n.right());
            case DistinctExpr d -> containsMutable(d.left()) || containsMutable(d.right());
            case ArrayExpr a -> any(a.elements());
            case ArraySubscriptExpr a -> containsMutable(a.array()) || containsMutable(a.index());
            case ArrayAnyExpr a -> containsMutable(a.left()) || containsMutable(a.array());
            default -> true;
        };
    }

    private static boolean any(Expression[] es) {
        for (Expression e : es) {
            if (containsMutable(e)) {
                return true;
            }
        }
        return false;
    }
}
