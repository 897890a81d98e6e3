package dev.olifant.exec.plan;

import dev.olifant.exec.ExecContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One group of an aggregation: its key values, one accumulator per aggregate, and for each
 * DISTINCT aggregate the argument tuples it has already taken.
 */
final class AggregateGroup {
    final Object[] key;
    final Accumulator[] accumulators;
    private final List<Set<HashKey>> seen;

    AggregateGroup(Object[] key, List<AggregateCall> aggs) {
        this.key = key;
        this.accumulators = new Accumulator[aggs.size()];
        this.seen = new ArrayList<>(aggs.size());
        for (int i = 0; i < aggs.size(); i++) {
            accumulators[i] = aggs.get(i).factory().get();
            seen.add(aggs.get(i).distinct() ? new HashSet<>() : null);
        }
    }

    /** Adds {@code row} to every aggregate whose FILTER passes (once per distinct argument tuple for DISTINCT). */
    void accumulate(List<AggregateCall> aggs, Object[] row, ExecContext ctx) {
        for (int i = 0; i < aggs.size(); i++) {
            AggregateCall a = aggs.get(i);
            if (a.filter() != null && !Rows.passes(a.filter(), row, ctx)) {
                continue;
            }
            Object[] args = new Object[a.args().length];
            for (int j = 0; j < args.length; j++) {
                args[j] = a.args()[j].eval(row, ctx);
            }
            if (a.distinct() && !seen.get(i).add(new HashKey(args, a.argTypes()))) {
                continue;
            }
            accumulators[i].add(args, ctx);
        }
    }
}
