package dev.olifant.exec.plan;

import dev.olifant.exec.ExecContext;
import dev.olifant.exec.expr.Expression;
import dev.olifant.types.PgType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Grouping and aggregation (HashAggregate; a plain Aggregate without GROUP BY yields exactly one
 * row even for empty input). Output rows are the group key values followed by each aggregate's
 * result.
 */
public record Aggregate(PlanNode input, Expression[] groupKeys, PgType[] keyTypes, List<AggregateCall> aggregates)
        implements PlanNode {

    private static final class Group {
        final Object[] key;
        final Accumulator[] accumulators;
        final List<Set<HashKey>> seen;

        Group(Object[] key, List<AggregateCall> aggs) {
            this.key = key;
            this.accumulators = new Accumulator[aggs.size()];
            this.seen = new ArrayList<>(aggs.size());
            for (int i = 0; i < aggs.size(); i++) {
                accumulators[i] = aggs.get(i).factory().get();
                seen.add(aggs.get(i).distinct() ? new HashSet<>() : null);
            }
        }
    }

    @Override
    public RowSource open(ExecContext ctx) {
        Map<HashKey, Group> groups = new LinkedHashMap<>();
        try (RowSource in = input.open(ctx)) {
            Object[] row;
            while ((row = in.next()) != null) {
                ctx.checkInterruptsCheaply();
                Object[] k = new Object[groupKeys.length];
                for (int i = 0; i < k.length; i++) {
                    k[i] = groupKeys[i].eval(row, ctx);
                }
                Group g = groups.computeIfAbsent(new HashKey(k, keyTypes), x -> new Group(k, aggregates));
                accumulate(g, row, ctx);
            }
        }
        if (groups.isEmpty() && groupKeys.length == 0) {
            groups.put(new HashKey(new Object[0], keyTypes), new Group(new Object[0], aggregates));
        }
        var it = groups.values().iterator();
        return () -> {
            if (!it.hasNext()) {
                return null;
            }
            Group g = it.next();
            Object[] out = new Object[groupKeys.length + aggregates.size()];
            System.arraycopy(g.key, 0, out, 0, g.key.length);
            for (int i = 0; i < aggregates.size(); i++) {
                out[g.key.length + i] = g.accumulators[i].result(ctx);
            }
            return out;
        };
    }

    private void accumulate(Group g, Object[] row, ExecContext ctx) {
        for (int i = 0; i < aggregates.size(); i++) {
            AggregateCall a = aggregates.get(i);
            if (a.filter() != null && !Rows.passes(a.filter(), row, ctx)) {
                continue;
            }
            Object[] args = new Object[a.args().length];
            for (int j = 0; j < args.length; j++) {
                args[j] = a.args()[j].eval(row, ctx);
            }
            if (a.distinct() && !g.seen.get(i).add(new HashKey(args, a.argTypes()))) {
                continue;
            }
            g.accumulators[i].add(args, ctx);
        }
    }

    @Override
    public int width() {
        return groupKeys.length + aggregates.size();
    }

    @Override
    public String explainTitle() {
        return groupKeys.length == 0 ? "Aggregate" : "HashAggregate";
    }

    @Override
    public List<String> explainDetails() {
        if (groupKeys.length == 0) {
            return List.of();
        }
        StringBuilder sb = new StringBuilder("Group Key: ");
        for (int i = 0; i < groupKeys.length; i++) {
            sb.append(i > 0 ? ", " : "").append(dev.olifant.exec.expr.ExpressionText.of(groupKeys[i]));
        }
        return List.of(sb.toString());
    }

    @Override
    public List<PlanNode> children() {
        return List.of(input);
    }

    @Override
    public double estimatedRows() {
        return groupKeys.length == 0 ? 1 : Math.max(1, input.estimatedRows() / 10);
    }
}
