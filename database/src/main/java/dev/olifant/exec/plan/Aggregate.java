package dev.olifant.exec.plan;

import dev.olifant.exec.ExecContext;
import dev.olifant.exec.expr.Expression;
import dev.olifant.types.PgType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Grouping and aggregation (HashAggregate; a plain Aggregate without GROUP BY yields exactly one
 * row even for empty input). Output rows are the group key values followed by each aggregate's
 * result.
 */
public record Aggregate(PlanNode input, Expression[] groupKeys, PgType[] keyTypes, List<AggregateCall> aggregates)
        implements PlanNode {

    @Override
    public RowSource open(ExecContext ctx) {
        Map<HashKey, AggregateGroup> groups = new LinkedHashMap<>();
        try (RowSource in = input.open(ctx)) {
            Object[] row;
            while ((row = in.next()) != null) {
                ctx.checkInterruptsCheaply();
                Object[] k = new Object[groupKeys.length];
                for (int i = 0; i < k.length; i++) {
                    k[i] = groupKeys[i].eval(row, ctx);
                }
                AggregateGroup g = groups.computeIfAbsent(new HashKey(k, keyTypes),
                        x -> new AggregateGroup(k, aggregates));
                g.accumulate(aggregates, row, ctx);
            }
        }
        if (groups.isEmpty() && groupKeys.length == 0) {
            groups.put(new HashKey(new Object[0], keyTypes), new AggregateGroup(new Object[0], aggregates));
        }
        var it = groups.values().iterator();
        return () -> {
            if (!it.hasNext()) {
                return null;
            }
            AggregateGroup g = it.next();
            Object[] out = new Object[groupKeys.length + aggregates.size()];
            System.arraycopy(g.key, 0, out, 0, g.key.length);
            for (int i = 0; i < aggregates.size(); i++) {
                out[g.key.length + i] = g.accumulators[i].result(ctx);
            }
            return out;
        };
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
