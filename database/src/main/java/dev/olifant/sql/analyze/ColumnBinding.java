package dev.olifant.sql.analyze;

import dev.olifant.types.PgType;

/** Where a resolved column reference reads its value. {@code levelsUp} 0 = the current query. */
record ColumnBinding(RangeEntry entry, int column, int slot, PgType type, int typmod, int levelsUp) {
}
