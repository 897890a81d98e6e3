package dev.olifant.sql.analyze;

import dev.olifant.exec.expr.BoolExpr;
import dev.olifant.exec.expr.Call;
import dev.olifant.exec.expr.CastExpr;
import dev.olifant.exec.expr.Expression;
import dev.olifant.exec.expr.ExpressionText;
import dev.olifant.exec.expr.NullTestExpr;
import dev.olifant.exec.expr.Slot;

/**
 * EXPLAIN's text of a join's conditions and sort keys: columns qualified by their relation's name
 * ({@code (t1.a = t2.b)}), as PostgreSQL prints them whenever the plan reads more than one
 * relation. The expression is copied for display with each column's name replaced; evaluation
 * never sees the copy.
 */
final class JoinText {
    private JoinText() {
    }

    /** @param names per slot of the query level's row: the qualified name, or null to keep the column's own */
    static String of(Expression e, String[] names) {
        return e == null ? null : ExpressionText.of(qualify(e, names));
    }

    static Expression qualify(Expression e, String[] names) {
        return switch (e) {
            case Slot s when s.index() < names.length && names[s.index()] != null ->
                    new Slot(s.index(), s.type(), s.typmod(), names[s.index()]);
            case Call c -> new Call(c.name(), c.function(), qualifyAll(c.args(), names), c.strict(),
                    c.constantFolding(), c.type(), c.typmod());
            case BoolExpr b -> new BoolExpr(b.kind(), qualifyAll(b.args(), names));
            case CastExpr c -> new CastExpr(qualify(c.arg(), names), c.cast(), c.type(), c.typmod(), c.explicit());
            case NullTestExpr n -> new NullTestExpr(qualify(n.arg(), names), n.kind());
            default -> e;
        };
    }

    private static Expression[] qualifyAll(Expression[] args, String[] names) {
        Expression[] out = new Expression[args.length];
        for (int i = 0; i < args.length; i++) {
            out[i] = qualify(args[i], names);
        }
        return out;
    }
}
