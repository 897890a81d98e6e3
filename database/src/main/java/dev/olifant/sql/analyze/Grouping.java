package dev.olifant.sql.analyze;

import dev.olifant.exec.expr.Expression;
import dev.olifant.exec.plan.AggregateCall;
import java.util.ArrayList;
import java.util.List;

/**
 * The grouping of one query level: its GROUP BY expressions (analysed against the FROM clause)
 * and the aggregate calls found in its SELECT list, HAVING and ORDER BY. Expressions above the
 * aggregation read group keys and aggregate results from the aggregate's output row: keys first,
 * then aggregates.
 */
final class Grouping {
    final List<String> keyTexts = new ArrayList<>();
    final List<Expression> keys = new ArrayList<>();
    final List<String> keyNames = new ArrayList<>();
    final List<String> aggregateTexts = new ArrayList<>();
    final List<AggregateCall> aggregates = new ArrayList<>();
    /**
     * GROUPING SETS / ROLLUP / CUBE: each set's key indexes, null for a plain GROUP BY. The
     * aggregation's rows then carry the number of their set right after the keys.
     */
    List<int[]> sets;

    int keyIndex(String text) {
        return keyTexts.indexOf(text);
    }

    /** The output slot of an aggregate, adding it unless an identical call is already there. */
    int aggregateSlot(String text, java.util.function.Supplier<AggregateCall> make) {
        int i = aggregateTexts.indexOf(text);
        if (i < 0) {
            aggregateTexts.add(text);
            aggregates.add(make.get());
            i = aggregates.size() - 1;
        }
        return keys.size() + (sets == null ? 0 : 1) + i;
    }
}
