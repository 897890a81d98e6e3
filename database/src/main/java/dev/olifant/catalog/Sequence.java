package dev.olifant.catalog;

import dev.olifant.storage.SequenceData;
import dev.olifant.types.PgType;

/**
 * A sequence (pg_class + pg_sequence). {@code ownedByTable}/{@code ownedByColumn} record OWNED BY
 * (serial and identity columns own theirs), 0 when not owned.
 */
public record Sequence(long oid, String name, long namespaceOid, long ownerOid, char persistence, PgType type,
        long start, long increment, long min, long max, long cache, boolean cycle, long ownedByTable,
        int ownedByColumn, SequenceData data) implements Relation {

    @Override
    public char kind() {
        return 'S';
    }

    public Sequence withName(String n) {
        return new Sequence(oid, n, namespaceOid, ownerOid, persistence, type, start, increment, min, max, cache,
                cycle, ownedByTable, ownedByColumn, data);
    }

    public Sequence withOwnedBy(long table, int column) {
        return new Sequence(oid, name, namespaceOid, ownerOid, persistence, type, start, increment, min, max, cache,
                cycle, table, column, data);
    }
}
