package dev.olifant.storage;

import java.time.Instant;
import java.util.Map;

/**
 * What the last ANALYZE of a table found, as PostgreSQL keeps it in pg_class (reltuples,
 * relpages) and pg_statistic (one row per column). Replaced as a whole by each ANALYZE, so a
 * planner reading it sees one consistent set.
 *
 * @param reltuples the number of live rows
 * @param relpages  the table's size in 8 kB pages, counted as PostgreSQL would lay the live rows out
 * @param columns   the statistics of each analyzed column by attribute number
 * @param analyzed  when they were gathered
 */
public record RelationStatistics(double reltuples, long relpages, Map<Integer, ColumnStatistics> columns,
        Instant analyzed) {

    public RelationStatistics {
        columns = Map.copyOf(columns);
    }

    /** The column's statistics, or null when ANALYZE did not gather any for it. */
    public ColumnStatistics column(int attnum) {
        return columns.get(attnum);
    }
}
