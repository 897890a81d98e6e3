package dev.olifant.sql.analyze;

import dev.olifant.exec.expr.Expression;
import dev.olifant.exec.expr.ExpressionText;
import dev.olifant.sql.ast.FuncCall;

/** How EXPLAIN shows an aggregate call, e.g. {@code count(*)}, {@code sum(DISTINCT x)}. */
final class AggregateText {
    private AggregateText() {
    }

    static String of(String name, FuncCall f, Expression[] args, Expression filter) {
        StringBuilder sb = new StringBuilder(name).append('(');
        if (f.star()) {
            sb.append('*');
        }
        if (f.distinct()) {
            sb.append("DISTINCT ");
        }
        for (int i = 0; i < args.length; i++) {
            sb.append(i > 0 ? ", " : "").append(ExpressionText.of(args[i]));
        }
        sb.append(')');
        if (filter != null) {
            sb.append(" FILTER (WHERE ").append(ExpressionText.of(filter)).append(')');
        }
        return sb.toString();
    }
}
