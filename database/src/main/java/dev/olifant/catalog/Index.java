package dev.olifant.catalog;

import java.util.List;

/**
 * An index (pg_class + pg_index). Key columns are attribute numbers, or 0 for an expression key
 * whose SQL text is in {@code expressions} (in key order).
 *
 * @param predicate the partial-index WHERE clause as SQL text, or null
 * @param includeColumns attribute numbers of the INCLUDE (non-key) columns: stored in the catalog
 *     (pg_index.indkey after the key columns) but not part of the ordered key
 * @param nullsNotDistinct a unique index whose NULL keys are equal to each other (NULLS NOT DISTINCT)
 * @param method the access method, {@code btree} or {@code hash}
 */
public record Index(long oid, String name, long namespaceOid, long ownerOid, long tableOid, List<Integer> keyColumns,
        List<String> expressions, List<Boolean> descending, List<Boolean> nullsFirst, boolean unique,
        boolean primary, String predicate, List<Integer> includeColumns, boolean nullsNotDistinct, String method)
        implements Relation {

    public static final String BTREE = "btree";
    public static final String HASH = "hash";

    public Index {
        includeColumns = List.copyOf(includeColumns);
    }

    /** A btree index without INCLUDE columns, NULLs distinct. */
    public Index(long oid, String name, long namespaceOid, long ownerOid, long tableOid, List<Integer> keyColumns,
            List<String> expressions, List<Boolean> descending, List<Boolean> nullsFirst, boolean unique,
            boolean primary, String predicate) {
        this(oid, name, namespaceOid, ownerOid, tableOid, keyColumns, expressions, descending, nullsFirst, unique,
                primary, predicate, List.of(), false, BTREE);
    }

    /** pg_index.indkey: the key columns, then the INCLUDE columns. */
    public List<Integer> allColumns() {
        if (includeColumns.isEmpty()) {
            return keyColumns;
        }
        var all = new java.util.ArrayList<>(keyColumns);
        all.addAll(includeColumns);
        return List.copyOf(all);
    }

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
                unique, primary, predicate, includeColumns, nullsNotDistinct, method);
    }

    public Index withOwner(long o) {
        return new Index(oid, name, namespaceOid, o, tableOid, keyColumns, expressions, descending, nullsFirst,
                unique, primary, predicate, includeColumns, nullsNotDistinct, method);
    }

    public Index withNamespace(long ns) {
        return new Index(oid, name, ns, ownerOid, tableOid, keyColumns, expressions, descending, nullsFirst,
                unique, primary, predicate, includeColumns, nullsNotDistinct, method);
    }

    /** The same index under a new OID (REINDEX CONCURRENTLY's replacement index). */
    public Index withOid(long o) {
        return new Index(o, name, namespaceOid, ownerOid, tableOid, keyColumns, expressions, descending, nullsFirst,
                unique, primary, predicate, includeColumns, nullsNotDistinct, method);
    }
}
