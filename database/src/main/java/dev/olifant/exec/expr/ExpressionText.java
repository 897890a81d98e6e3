package dev.olifant.exec.expr;

import dev.olifant.types.FormatSettings;
import dev.olifant.types.PgType;
import dev.olifant.types.TextIO;
import dev.olifant.types.Types;
import java.time.ZoneOffset;

/** Renders expressions the way EXPLAIN shows them, e.g. {@code ((a > 1) AND (b = 'x'::text))}. */
public final class ExpressionText {
    private static final FormatSettings DISPLAY = FormatSettings.defaults(ZoneOffset.UTC);

    private ExpressionText() {
    }

    /**
     * How EXPLAIN names what an expression alone cannot: a subquery (by the SubPlan or InitPlan
     * number EXPLAIN gives it) and a column of an enclosing query ({@code t.a}).
     */
    public interface Names {
        String subquery(Expression subquery);

        String outer(OuterSlot column);
    }

    private static final ThreadLocal<Names> NAMES = new ThreadLocal<>();

    /** Runs {@code body} with {@code names} naming subqueries and outer columns in the text it renders. */
    public static <T> T withNames(Names names, java.util.function.Supplier<T> body) {
        Names saved = NAMES.get();
        NAMES.set(names);
        try {
            return body.get();
        } finally {
            NAMES.set(saved);
        }
    }

    public static String of(Expression e) {
        return switch (e) {
            case Const c -> constant(c);
            case Literal l -> "'" + l.text().replace("'", "''") + "'";
            case Slot s -> s.name();
            case WindowRef w -> w.name();
            case GroupingExpr g -> g.text();
            case OuterSlot o when NAMES.get() != null -> NAMES.get().outer(o);
            case OuterSlot o -> "$outer" + o.index();
            case SubqueryExpr q when NAMES.get() != null -> NAMES.get().subquery(q);
            case RowSubqueryExpr q when NAMES.get() != null -> NAMES.get().subquery(q);
            case Param p -> "$" + (p.index() + 1);
            case Call c -> call(c);
            case CastExpr c -> "(" + of(c.arg()) + ")::" + c.type().name();
            case BoolExpr b -> bool(b);
            case NullTestExpr n -> "(" + of(n.arg()) + " " + n.kind().name().replace('_', ' ') + ")";
            case CaseExpr c -> "CASE ... END";
            case CoalesceExpr c -> "COALESCE(" + list(c.args()) + ")";
            case NullIfExpr n -> "NULLIF(" + of(n.left()) + ", " + of(n.right()) + ")";
            case MinMaxExpr m -> (m.greatest() ? "GREATEST(" : "LEAST(") + list(m.args()) + ")";
            case DistinctExpr d -> "(" + of(d.left()) + (d.not() ? " IS NOT DISTINCT FROM " : " IS DISTINCT FROM ")
                    + of(d.right()) + ")";
            default -> e.toString();
        };
    }

    private static String constant(Const c) {
        if (c.value() == null) {
            return "NULL::" + c.type().name();
        }
        String text = TextIO.output(c.type(), c.value(), DISPLAY, null);
        PgType t = c.type();
        if (t == Types.INT4 || t == Types.NUMERIC && !text.startsWith("-")) {
            return text;
        }
        if (t == Types.BOOL) {
            return "t".equals(text) ? "true" : "false";
        }
        return "'" + text.replace("'", "''") + "'::" + t.name();
    }

    private static String call(Call c) {
        String n = c.name();
        boolean operator = !n.isEmpty() && !Character.isLetter(n.charAt(0)) && n.charAt(0) != '_';
        if (operator && c.args().length == 2) {
            return "(" + of(c.args()[0]) + " " + n + " " + of(c.args()[1]) + ")";
        }
        if (operator && c.args().length == 1) {
            return "(" + n + " " + of(c.args()[0]) + ")";
        }
        return n + "(" + list(c.args()) + ")";
    }

    private static String bool(BoolExpr b) {
        if (b.kind() == BoolExpr.Kind.NOT) {
            return "(NOT " + of(b.args()[0]) + ")";
        }
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < b.args().length; i++) {
            if (i > 0) {
                sb.append(b.kind() == BoolExpr.Kind.AND ? " AND " : " OR ");
            }
            sb.append(of(b.args()[i]));
        }
        return sb.append(')').toString();
    }

    private static String list(Expression[] args) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < args.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(of(args[i]));
        }
        return sb.toString();
    }
}
