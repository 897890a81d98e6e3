package dev.olifant.catalog;

/** pg_partitioned_table.partstrat: how a partitioned table divides its rows among partitions. */
public enum PartitionStrategy {
    LIST('l'), RANGE('r'), HASH('h');

    private final char code;

    PartitionStrategy(char code) {
        this.code = code;
    }

    /** The letter pg_partitioned_table.partstrat holds. */
    public char code() {
        return code;
    }
}
