package dev.olifant.sql.ast;

import java.util.List;

/**
 * {@code PARTITION BY LIST | RANGE | HASH (columns)} of CREATE TABLE.
 *
 * @param strategy  "list", "range" or "hash", as written (lower case)
 * @param columns   the key columns; an expression in the key is refused by the parser
 * @param columnLocations where each key column is written
 */
public record PartitionSpec(String strategy, List<String> columns, List<Integer> columnLocations, int location) {
    public PartitionSpec {
        columns = List.copyOf(columns);
        columnLocations = List.copyOf(columnLocations);
    }
}
