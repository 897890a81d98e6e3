package dev.olifant.exec.plan;

import dev.olifant.exec.ExecContext;
import dev.olifant.exec.expr.Expression;
import dev.olifant.exec.expr.ExpressionText;
import dev.olifant.types.PgType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Aggregation over several grouping sets in one pass (GROUPING SETS, ROLLUP, CUBE): every input
 * row is added to one group per set, keyed by the set's keys. Output rows are all the keys (NULL
 * where the row's set does not group by the key), the set's number, then the aggregates. The
 * empty set yields one row even without input, as a plain aggregate does.
 */
public record GroupingSetsAggregate(PlanNode input, Expression[] groupKeys, PgType[] keyTypes, List<int[]> sets,
        List<AggregateCall> aggregates) implements PlanNode {

    @Override
    public RowSource open(ExecContext ctx) {
        List<Map<HashKey, AggregateGroup>> groups = new ArrayList<>();
        for (int s = 0; s < sets.size(); s++) {
            groups.add(new LinkedHashMap<>());
        }
        try (RowSource in = input.open(ctx)) {
            Object[] row;
            while ((row = in.next()) != null) {
                ctx.checkInterruptsCheaply();
                Object[] all = new Object[groupKeys.length];
                for (int i = 0; i < all.length; i++) {
                    all[i] = groupKeys[i].eval(row, ctx);
                }
                for (int s = 0; s < sets.size(); s++) {
                    Object[] k = new Object[groupKeys.length];
                    for (int i : sets.get(s)) {
                        k[i] = all[i];
                    }
                    AggregateGroup g = groups.get(s)
                            .computeIfAbsent(new HashKey(k, keyTypes), x -> new AggregateGroup(k, aggregates));
                    g.accumulate(aggregates, row, ctx);
                }
            }
        }
        List<Object[]> out = new ArrayList<>();
        for (int s = 0; s < sets.size(); s++) {
            Map<HashKey, AggregateGroup> m = groups.get(s);
            if (m.isEmpty() && sets.get(s).length == 0) {
                Object[] k = new Object[groupKeys.length];
                m.put(new HashKey(k, keyTypes), new AggregateGroup(k, aggregates));
            }
            for (AggregateGroup g : m.values()) {
                Object[] r = new Object[width()];
                System.arraycopy(g.key, 0, r, 0, g.key.length);
                r[groupKeys.length] = s;
                for (int i = 0; i < aggregates.size(); i++) {
                    r[groupKeys.length + 1 + i] = g.accumulators[i].result(ctx);
                }
                out.add(r);
            }
        }
        var it = out.iterator();
        return () -> it.hasNext() ? it.next() : null;
    }

    @Override
    public int width() {
        return groupKeys.length + 1 + aggregates.size();
    }

    /** PostgreSQL hashes the non-empty sets and computes the empty one as a plain group: MixedAggregate. */
    @Override
    public String explainTitle() {
        boolean empty = sets.stream().anyMatch(s -> s.length == 0);
        boolean nonEmpty = sets.stream().anyMatch(s -> s.length > 0);
        return empty && nonEmpty ? "MixedAggregate" : nonEmpty ? "HashAggregate" : "Aggregate";
    }

    @Override
    public List<String> explainDetails() {
        List<int[]> ordered = new ArrayList<>(sets);
        ordered.sort((a, b) -> Integer.compare(b.length, a.length));
        List<String> lines = new ArrayList<>();
        for (int[] s : ordered) {
            if (s.length == 0) {
                lines.add("Group Key: ()");
                continue;
            }
            StringBuilder sb = new StringBuilder("Hash Key: ");
            for (int i = 0; i < s.length; i++) {
                sb.append(i > 0 ? ", " : "").append(ExpressionText.of(groupKeys[s[i]]));
            }
            lines.add(sb.toString());
        }
        return lines;
    }

    @Override
    public List<PlanNode> children() {
        return List.of(input);
    }

    @Override
    public double estimatedRows() {
        return Math.max(1, input.estimatedRows() / 10) * sets.size();
    }
}
