package dev.olifant.catalog;

import java.util.List;

/**
 * A partitioned table's partition key (pg_partitioned_table): the strategy and the key columns by
 * attribute number, in key order. Expressions in the key are not supported.
 */
public record PartitionKey(PartitionStrategy strategy, List<Integer> attnums) {
    public PartitionKey {
        attnums = List.copyOf(attnums);
    }

    /** pg_get_partkeydef's text: {@code LIST (a)}, {@code RANGE (a, b)}. */
    public String describe(Table table) {
        StringBuilder sb = new StringBuilder(strategy.name()).append(" (");
        for (int i = 0; i < attnums.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(dev.olifant.catalog.system.Definitions.quote(table.column(attnums.get(i)).name()));
        }
        return sb.append(')').toString();
    }
}
