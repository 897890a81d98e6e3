package dev.olifant.sql.analyze;

import dev.olifant.exec.ExecContext;
import dev.olifant.exec.expr.Expression;
import dev.olifant.exec.expr.ExpressionText;
import dev.olifant.exec.plan.Accumulator;
import dev.olifant.exec.plan.AggregateCall;
import dev.olifant.exec.plan.OrderedAccumulator;
import dev.olifant.exec.plan.SortKey;
import dev.olifant.sql.ast.FuncCall;
import dev.olifant.sql.ast.NullsOrder;
import dev.olifant.sql.ast.SortBy;
import dev.olifant.sql.ast.SortDirection;
import dev.olifant.types.PgType;
import dev.olifant.types.ValueOps;
import dev.olifant.types.func.AggregateState;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * Builds the {@link AggregateCall} of an aggregate, with ORDER BY inside its argument list when
 * written: the sort expressions travel as extra arguments and {@link OrderedAccumulator} feeds
 * the rows to the aggregate in that order.
 */
final class AggregateOrdering {
    private AggregateOrdering() {
    }

    static AggregateCall call(String name, Supplier<AggregateState> states, Expression[] args, PgType[] argTypes,
            FuncCall f, Expression filter, PgType result, ExprAnalyzer inner) {
        if (f.orderBy().isEmpty()) {
            return new AggregateCall(name, () -> adapt(states.get()), args, argTypes, f.distinct(), filter, result);
        }
        if (f.distinct()) {
            java.util.Set<String> argKeys = new java.util.HashSet<>();
            f.args().forEach(a -> argKeys.add(AstWalk.key(a)));
            for (SortBy sb : f.orderBy()) {
                if (!argKeys.contains(AstWalk.key(sb.expr()))) {
                    throw new dev.olifant.error.PgException(dev.olifant.error.SqlState.INVALID_COLUMN_REFERENCE,
                            "in an aggregate with DISTINCT, ORDER BY expressions must appear in argument list")
                            .withPosition(sb.expr().location() + 1);
                }
            }
        }
        List<SortKey> keys = sortKeys(f.orderBy(), inner);
        Expression[] all = Arrays.copyOf(args, args.length + keys.size());
        PgType[] types = Arrays.copyOf(argTypes, argTypes.length + keys.size());
        for (int i = 0; i < keys.size(); i++) {
            all[args.length + i] = keys.get(i).expr();
            types[args.length + i] = keys.get(i).expr().type();
        }
        int n = args.length;
        return new AggregateCall(name, () -> new OrderedAccumulator(adapt(states.get()), n, keys), all, types,
                f.distinct(), filter, result);
    }

    static List<SortKey> sortKeys(List<SortBy> orderBy, ExprAnalyzer inner) {
        List<SortKey> keys = new ArrayList<>();
        for (SortBy sb : orderBy) {
            Expression e = inner.analyzeResolved(sb.expr());
            boolean desc = sb.direction() == SortDirection.DESC;
            boolean nullsFirst = sb.nulls() == NullsOrder.DEFAULT ? desc : sb.nulls() == NullsOrder.FIRST;
            keys.add(new SortKey(e, ValueOps.comparator(e.type()), desc, nullsFirst, ExpressionText.of(e)));
        }
        return keys;
    }

    static Accumulator adapt(AggregateState state) {
        return new Accumulator() {
            @Override
            public void add(Object[] args, ExecContext ctx) {
                state.add(args, ctx);
            }

            @Override
            public Object result(ExecContext ctx) {
                return state.result(ctx);
            }
        };
    }
}
