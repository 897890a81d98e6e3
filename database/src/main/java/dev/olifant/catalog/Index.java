package dev.olifant.catalog;

import java.util.List;

/**
 * An index (pg_class + pg_index). Key columns are attribute numbers, or 0 for an expression key
 * whose SQL text is in {@code expressions} (in key order).
 *
 * @param predicate the partial-index WHERE clause as SQL text, or null
 */
public record Index(long oid, String name, long namespaceOid, long ownerOid, long tableOid, List<Integer> keyColumns,
        List<String> expressions, List<Boolean> descending, List<Boolean> nullsFirst, boolean unique,
        boolean primary, String predicate) implements Relation {

    @Override
    public char kind() {
        return 'i';
    }

    @Override
    public char persistence() {
        return 'p';
    }

    public Index withName(String n) {
        return new Index(oid, n, namespaceOid, ownerOid, tableOid, keyColumns, expressions, descending, nullsFirst,
                unique, primary, predicate);
    }
}
