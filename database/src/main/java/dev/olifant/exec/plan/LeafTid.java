package dev.olifant.exec.plan;

import dev.olifant.catalog.Table;

/**
 * The tuple id slot of a row read through a partitioned table: the leaf partition the row is
 * stored in and its tuple id there. Row locking and the {@code tableoid} system column read it.
 */
public record LeafTid(Table leaf, long tid) {
}
