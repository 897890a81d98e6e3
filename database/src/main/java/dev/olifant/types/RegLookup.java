package dev.olifant.types;

/**
 * Catalog access for the reg* types (regclass, regtype, regproc, regnamespace, regrole), whose
 * text I/O translates between OIDs and names. Supplied by the engine.
 */
public interface RegLookup {

    /** The name to print for {@code oid} as a value of {@code regType}, or null to print the number. */
    String nameOf(PgType regType, long oid);

    /** The OID named by {@code text} as input to {@code regType}; raises 42P01 / 42704 / 3F000 when unknown. */
    long oidOf(PgType regType, String text);

    /**
     * pg_partition_ancestors: the relation and the partitioned tables above it, nearest first; empty
     * for a relation that is neither a partition nor partitioned.
     */
    default java.util.List<Long> partitionAncestors(long oid) {
        return java.util.List.of();
    }

    /**
     * pg_partition_tree: for the relation and everything under it, {relid, parentrelid (0 for the
     * top), isleaf, level}; empty for a relation that is neither a partition nor partitioned.
     */
    default java.util.List<Object[]> partitionTree(long oid) {
        return java.util.List.of();
    }
}
