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

    /**
     * Whether the index's storage also keeps a hash lookup path: an index on one integer column
     * (int2, int4, int8) of {@code table}, whose equal keys are exactly the equal values.
     */
    public boolean hashLookup(Table table) {
        if (keyColumns.size() != 1 || keyColumns.get(0) <= 0) {
            return false;
        }
        var type = table.column(keyColumns.get(0)).type();
        return type == dev.olifant.types.Types.INT4 || type == dev.olifant.types.Types.INT8
                || type == dev.olifant.types.Types.INT2;
    }

    public Index withName(String n) {
        return new Index(oid, n, namespaceOid, ownerOid, tableOid, keyColumns, expressions, descending, nullsFirst,
                unique, primary, predicate);
    }
}
