package dev.olifant.exec.plan;

import dev.olifant.exec.expr.Expression;
import java.util.Comparator;

/** One ORDER BY key: its expression, the type's ordering, direction and NULL placement. */
public record SortKey(Expression expr, Comparator<Object> comparator, boolean descending, boolean nullsFirst,
        String text) {

    int compare(Object a, Object b) {
        if (a == null || b == null) {
            if (a == b) {
                return 0;
            }
            return (a == null) == nullsFirst ? -1 : 1;
        }
        int c = comparator.compare(a, b);
        return descending ? -c : c;
    }
}
