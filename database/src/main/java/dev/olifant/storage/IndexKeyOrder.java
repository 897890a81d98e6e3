package dev.olifant.storage;

import java.util.Comparator;

/**
 * How an index orders its keys: one comparator per key column (over non-null values), its
 * direction and where NULLs go. PostgreSQL's default is ASC NULLS LAST, and DESC NULLS FIRST.
 */
public record IndexKeyOrder(Comparator<Object>[] comparators, boolean[] descending, boolean[] nullsFirst) {

    public int columnCount() {
        return comparators.length;
    }

    /** Compares column {@code i} of two keys, honouring direction and NULL placement. */
    public int compareColumn(int i, Object a, Object b) {
        if (a == null || b == null) {
            if (a == b) {
                return 0;
            }
            return (a == null) == nullsFirst[i] ? -1 : 1;
        }
        int c = comparators[i].compare(a, b);
        return descending[i] ? -c : c;
    }
}
